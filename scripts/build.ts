import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { replaceFolder } from '../src/lib/fs/replace-folder-fs.ts';

/**
 * Ingest, then `astro build` (which runs the Pagefind step) into a staging folder that
 * replaces dist/ only when everything succeeded: a failed build leaves the previous
 * site whole. Reports that failed to ingest are listed by the ingest and make the exit
 * code non-zero, but the other articles are still built.
 */
const DIST = resolve('dist');
const STAGING = resolve(`.dist-staging-${process.pid}`);

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [resolve(script), ...args], { stdio: 'inherit' }).status ?? 1;

const ingestStatus = run('scripts/ingest.ts', process.argv.slice(2));
if (ingestStatus === 2) process.exit(2);

await rm(STAGING, { recursive: true, force: true });
const astroStatus = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', STAGING]);
if (astroStatus !== 0) {
  await rm(STAGING, { recursive: true, force: true });
  console.error('build: Astro failed; dist/ was left as it was.');
  process.exit(astroStatus);
}

await replaceFolder(STAGING, DIST);
console.log(`build: site written to ${DIST}${ingestStatus ? ' (some reports failed to ingest: see above)' : ''}.`);
process.exitCode = ingestStatus;
