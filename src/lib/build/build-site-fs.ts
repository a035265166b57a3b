import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { archiveArgs, archiveEnv, type ArchiveOptions } from '../config/archive-options.ts';
import { replaceFolder } from '../fs/replace-folder-fs.ts';
import type { FileStatus } from '../ingest/ingest-fs.ts';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * Node's options for the Astro build. A larger heap than Node's default (about 4 GB),
 * which a 100,000-article archive outgrows while Astro holds every page's props; below
 * the machine's memory target, so a build that needs more fails loudly rather than
 * swapping. A larger young generation: pages render 16 at a time, and with Node's
 * default their short-lived strings outlive it and land in the old generation, which a
 * large archive then collects over and over (README, "Scale").
 */
export const ASTRO_NODE_OPTIONS = '--max-old-space-size=6144 --max-semi-space-size=64';

export interface BuildOutcome {
  /** The ingest's exit code: 1 when some reports failed (or warned, under --strict), 2 for a usage error. */
  ingestStatus: number;
  /** Whether a new site replaced dist/. */
  built: boolean;
  /** The reports that are not in the site, with why. */
  failed: FileStatus[];
}

const run = (script: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;

function failedReports(reportPath: string): FileStatus[] {
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: FileStatus[] };
    return report.files.filter((file) => file.status === 'error');
  } catch {
    return [];
  }
}

/**
 * Ingest, then `astro build` (which links the raw reports) of the archive the options
 * name, then the Pagefind step (scripts/index-search.ts), each in a process of its own, so
 * that no step's memory comes on top of another's. The site is built in a staging folder
 * that replaces `dist` only when both Astro and Pagefind succeeded: a failed build leaves
 * the previous site whole. Reports that failed to ingest are left out of the site, not in
 * the way of it.
 */
export async function buildSite(options: ArchiveOptions, dist = resolve('dist')): Promise<BuildOutcome> {
  const ingestStatus = run('scripts/ingest.ts', archiveArgs(options));
  if (ingestStatus === 2) return { ingestStatus, built: false, failed: [] };
  const failed = failedReports(options.report);
  const staging = join(dirname(dist), `.${basename(dist)}-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const nodeOptions = [process.env.NODE_OPTIONS, ASTRO_NODE_OPTIONS].filter(Boolean).join(' ');
  const env = { ...process.env, ...archiveEnv(options) };
  const astroStatus = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', staging], { ...env, NODE_OPTIONS: nodeOptions });
  if (astroStatus !== 0 || run('scripts/index-search.ts', [staging], env) !== 0) {
    await rm(staging, { recursive: true, force: true });
    return { ingestStatus, built: false, failed };
  }
  await replaceFolder(staging, dist);
  return { ingestStatus, built: true, failed };
}

/** The lines that tell the reader which reports the site left out, and why. */
export const describeFailed = (failed: FileStatus[]): string[] =>
  failed.length === 0
    ? []
    : [`${failed.length} report${failed.length === 1 ? '' : 's'} failed to ingest and ${failed.length === 1 ? 'is' : 'are'} not in the site:`, ...failed.map((file) => `  ${file.file}: ${file.error}`)];

/**
 * What `npm start` does once the build is over: serve whatever site was built, after
 * naming the reports left out of it; stop (with the build's code) only when there is
 * no new site. `npm run build` itself keeps the non-zero code.
 */
export function afterBuildForStart(outcome: BuildOutcome): { serve: boolean; lines: string[]; exitCode: number } {
  if (!outcome.built) {
    const why = outcome.ingestStatus === 2 ? 'nothing was built (see above)' : 'the site could not be built (see above)';
    return { serve: false, lines: [`${why}; nothing to serve.`], exitCode: outcome.ingestStatus || 1 };
  }
  const left = outcome.failed.length ? [...describeFailed(outcome.failed), 'Serving the site built from the other reports.'] : [];
  return { serve: true, lines: left, exitCode: 0 };
}
