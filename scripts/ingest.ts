import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ingest } from '../src/lib/ingest/ingest-fs.ts';

const HELP = `Usage: npm run ingest -- [options]

Turns raw reports into the Markdown collection the site is built from.

Options:
  --input DIR    folder of raw reports (default: content/raw)
  --output DIR   folder for the generated articles (default: content/articles)
  --report FILE  JSON report of every input file's status (default: content/ingest-report.json)
  --strict       exit with an error when any report has a warning
  --help         show this help

Exit code: 0 when every report became an article, 1 when any failed (or warned,
with --strict), 2 for a usage error.`;

const PROGRESS_THRESHOLD = 200;

function readOptions() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string', default: 'content/raw' },
        output: { type: 'string', default: 'content/articles' },
        report: { type: 'string', default: 'content/ingest-report.json' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
}

const options = readOptions();
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const bar = process.stdout.isTTY ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} reports' }) : null;
const started = performance.now();
const summary = await ingest({
  input: resolve(options.input),
  output: resolve(options.output),
  reportPath: resolve(options.report),
  onProgress: (done, total) => {
    if (!bar || total < PROGRESS_THRESHOLD) return;
    if (done === 1) bar.start(total, 0);
    bar.update(done);
    if (done === total) bar.stop();
  },
}).catch((error: Error) => {
  console.error(`ingest: ${error.message}`);
  process.exit(1);
});
const seconds = (performance.now() - started) / 1000;

for (const file of summary.files) {
  if (file.status === 'error') console.error(`error   ${file.file}: ${file.error}`);
  for (const warning of file.warnings ?? []) console.warn(`warning ${file.file}: ${warning}`);
}
console.log(
  `ingest: read ${summary.read} (${summary.reused} unchanged, not parsed again), written ${summary.written}, warnings ${summary.warnings}, errors ${summary.errors} in ${seconds.toFixed(2)} s → ${options.output} (report: ${options.report})`,
);
const failed = summary.errors > 0 || (options.strict && summary.warnings > 0);
process.exitCode = failed ? 1 : 0;
