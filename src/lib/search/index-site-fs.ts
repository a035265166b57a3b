import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as pagefind from 'pagefind';
import { archiveOptionsFromEnv } from '../config/archive-options.ts';
import { scratchFolder } from '../fs/scratch-folder-fs.ts';
import { mirrorPage } from './mirror-page.ts';
import { searchPartFolder } from './search-parts.ts';

export interface IndexSiteResult {
  pages: number;
  /** How many Pagefind bundles the index was written in (see search-parts.ts). */
  parts: number;
  seconds: number;
}

/** More than a mirror page takes (the indexed element of an article page), so that a part's mirror fits where it is written. */
const MIRROR_PAGE_BYTES = 64 * 1024;

/** The built pages Pagefind indexes (those with an element marked `data-pagefind-body`), in path order. */
function* indexedPages(site: string): Generator<{ file: string; html: string }> {
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`)).sort();
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    if (html.includes('data-pagefind-body')) yield { file, html };
  }
}

/** Writes one page into the mirror folder, in the index form (see mirror-page.ts). */
function writeMirrorPage(mirror: string, page: { file: string; html: string }): void {
  const target = join(mirror, page.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, mirrorPage(page.html));
}

/** Pagefind's command-line runner, which ships beside its Node API and runs the same binary. */
export const PAGEFIND_CLI = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** How many pages a written bundle holds, as its entry file states them. */
export function bundlePages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes one part of the mirror into its bundle folder with Pagefind's command line,
 * which writes the same bytes as its Node API's service in less time (README, "Scale").
 * It runs in the mirror folder and without PAGEFIND_ variables, so that no configuration
 * file or variable of the caller's changes the index.
 */
async function indexPart(mirror: string, bundle: string): Promise<number> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
  const args = [PAGEFIND_CLI, '--site', mirror, '--output-path', bundle, '--force-language', 'vi'];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: mirror, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Pagefind could not index the site: ${`${stderr}\n${stdout}`.trim() || String(error)}`);
  }
  return bundlePages(bundle);
}

/** The bundle of an archive with no articles, which the search page still loads: Pagefind's command line refuses to write one. */
async function writeEmptyBundle(bundle: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built articles with Pagefind, in parts of at most `partPages` pages, each
 * written to its own bundle (`<site>/pagefind/`, then `pagefind-2/`…; see search-parts.ts).
 * Pagefind reads a mirror of the article pages (see mirror-page.ts), so that `d` finds
 * `đ` and the index is leaner, while the pages served stay as they are. The mirror is
 * written to a scratch folder, in memory where the system allows (scratch-folder-fs.ts),
 * and read by Pagefind's own parallel directory walk: feeding pages one by one
 * (`addHTMLFile`) took longer than writing the mirror and walking it. Each part is a
 * Pagefind process of its own, whose memory is freed when it ends.
 */
export async function indexSite(site: string, partPages = archiveOptionsFromEnv().searchPartPages): Promise<IndexSiteResult> {
  const started = performance.now();
  const mirror = scratchFolder(`.pagefind-mirror-${process.pid}`, partPages * MIRROR_PAGE_BYTES, dirname(site));
  const pages = indexedPages(site);
  let indexed = 0;
  let parts = 0;
  try {
    // Each part's mirror is written just before Pagefind reads it and removed after, so
    // the scratch folder holds one part's mirror at a time.
    // An archive with no articles still gets its one, empty, part.
    let page = pages.next();
    do {
      rmSync(mirror, { recursive: true, force: true });
      mkdirSync(mirror, { recursive: true });
      let written = 0;
      for (; !page.done && written < partPages; written += 1, page = pages.next()) writeMirrorPage(mirror, page.value);
      const bundle = join(site, searchPartFolder(parts));
      if (written > 0) indexed += await indexPart(mirror, bundle);
      else await writeEmptyBundle(bundle);
      parts += 1;
    } while (!page.done);
    return { pages: indexed, parts, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}
