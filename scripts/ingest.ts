import { relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { OPTIONS_HELP, parseArchiveArgs, UsageError } from '../src/lib/config/archive-options.ts';
import { ingest } from '../src/lib/ingest/ingest-fs.ts';
import { progressHandler } from '../src/lib/ingest/progress.ts';

const HELP = `Usage: npm run ingest -- [options]

Turns raw reports into the Markdown collection the site is built from.

${OPTIONS_HELP}

Exit code: 0 when every report became an article, 1 when any failed (or warned,
with --strict), 2 for a usage error (nothing is written then).`;

const usageError = (message: string): never => {
  console.error(`ingest: ${message}\n\nRun with --help for the options.`);
  process.exit(2);
};

let options;
try {
  options = parseArchiveArgs(process.argv.slice(2));
} catch (error) {
  usageError((error as Error).message);
}
if (options!.help) {
  console.log(HELP);
  process.exit(0);
}
const { input, output, report, strict, allowEmpty } = options!;
const shown = (path: string) => relative(process.cwd(), path) || '.';

const started = performance.now();
const summary = await ingest({
  input,
  output,
  reportPath: report,
  allowEmpty,
  onProgress: progressHandler(process.stdout.isTTY, () => new SingleBar({ format: 'ingest [{bar}] {value}/{total} reports' })),
}).catch((error: Error) => {
  if (error instanceof UsageError) usageError(error.message);
  console.error(`ingest: ${error.message}`);
  process.exit(1);
});
const seconds = (performance.now() - started) / 1000;

for (const file of summary.files) {
  if (file.status === 'error') console.error(`error   ${file.file}: ${file.error}`);
  for (const warning of file.warnings ?? []) console.warn(`warning ${file.file}: ${warning}`);
  if (file.duplicateOf) console.log(`same    ${file.file}: the same text as ${file.duplicateOf}, merged into its article`);
  if (file.repostedIn) console.log(`repost  ${file.file}: the same report as ${file.repostedIn.join(', ')} (same title and time), linked`);
}
console.log(
  `ingest: read ${summary.read} (${summary.reused} unchanged, not parsed again), written ${summary.written}, warnings ${summary.warnings}, errors ${summary.errors}, duplicates merged ${summary.duplicates}, reposts linked ${summary.reposts} in ${seconds.toFixed(2)} s → ${shown(output)} (report: ${shown(report)})`,
);
const failed = summary.errors > 0 || (strict && summary.warnings > 0);
process.exitCode = failed ? 1 : 0;
