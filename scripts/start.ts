import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterBuildForStart, buildSite } from '../src/lib/build/build-site-fs.ts';
import { parseArchiveArgs } from '../src/lib/config/archive-options.ts';

/** `npm start`: build, then serve what was built, even when some reports failed (listed first). */
let options;
try {
  options = parseArchiveArgs(process.argv.slice(2));
} catch (error) {
  console.error(`start: ${(error as Error).message}\n\nThe options are those of npm run build -- --help.`);
  process.exit(2);
}

const { serve, lines, exitCode } = afterBuildForStart(await buildSite(options));
for (const line of lines) console.warn(`start: ${line}`);
if (!serve) process.exit(exitCode);
const preview = spawn(process.execPath, [join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'preview'], { stdio: 'inherit' });
preview.on('exit', (code) => process.exit(code ?? 0));
