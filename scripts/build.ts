import { relative } from 'node:path';
import { buildSite, describeFailed } from '../src/lib/build/build-site-fs.ts';
import { OPTIONS_HELP, parseArchiveArgs } from '../src/lib/config/archive-options.ts';

const HELP = `Usage: npm run build -- [options]

Ingests the raw reports, then builds the site and its search index into dist/ (replaced
only when the build succeeded). Reports that fail to ingest are listed and left out.

${OPTIONS_HELP}

Exit code: 0 when every report is in the site, 1 when any failed (or warned, with
--strict) or the site could not be built, 2 for a usage error.`;

let options;
try {
  options = parseArchiveArgs(process.argv.slice(2));
} catch (error) {
  console.error(`build: ${(error as Error).message}\n\nRun with --help for the options.`);
  process.exit(2);
}
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

const outcome = await buildSite(options);
if (outcome.ingestStatus === 2) process.exit(2);
if (!outcome.built) {
  console.error('build: the site could not be built (see above); dist/ was left as it was.');
  process.exit(1);
}
for (const line of describeFailed(outcome.failed)) console.error(`build: ${line}`);
console.log(`build: site of ${relative(process.cwd(), options.input) || '.'} written to dist/.`);
process.exitCode = outcome.ingestStatus;
