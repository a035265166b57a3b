import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildSite, describeFailed } from '../src/lib/build/build-site-fs.ts';
import { parseArchiveArgs } from '../src/lib/config/archive-options.ts';

/**
 * `npm start`: build, then serve what was built. Reports that failed to ingest are
 * listed and the rest is served; only a site that could not be built stops it.
 */
let options;
try {
  options = parseArchiveArgs(process.argv.slice(2));
} catch (error) {
  console.error(`start: ${(error as Error).message}\n\nThe options are those of npm run build -- --help.`);
  process.exit(2);
}

const outcome = await buildSite(options);
if (!outcome.built) {
  console.error(outcome.ingestStatus === 2 ? 'start: nothing to serve (see above).' : 'start: the site could not be built (see above); nothing to serve.');
  process.exit(outcome.ingestStatus || 1);
}
for (const line of describeFailed(outcome.failed)) console.warn(`start: ${line}`);
if (outcome.failed.length) console.warn('start: serving the site built from the other reports.');
const preview = spawn(process.execPath, [join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'preview'], { stdio: 'inherit' });
preview.on('exit', (code) => process.exit(code ?? 0));
