import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_PART_PAGES } from '../search/search-parts.ts';

/**
 * Which archive a run works on: one set of options read here by the ingest and build
 * CLIs and by the Astro config, so `npm run build -- --input DIR` ingests, builds,
 * links the raw reports of and indexes exactly that archive. The build hands the
 * folders to Astro through RAW_DIR and ARTICLES_DIR, which stay the environment's way
 * to say the same thing.
 */
export interface ArchiveOptions {
  /** Folder of raw reports; every non-hidden file below it is one report. */
  input: string;
  /** Folder of generated Markdown articles, the collection Astro builds from; the ingest's own. */
  output: string;
  /** JSON report of every input file's status; beside the output folder unless given. */
  report: string;
  /** Fail (exit 1) when any report has a warning. */
  strict: boolean;
  /** Let an input with no reports empty an existing collection. */
  allowEmpty: boolean;
  /** Print the usage and stop. */
  help: boolean;
  /** Most article pages in one part of the search index (SEARCH_PART_PAGES; see search-parts.ts). */
  searchPartPages: number;
}

/** A mistake in how a command was called (exit code 2), said in words that name the fix. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_INPUT = 'content/raw';
export const DEFAULT_OUTPUT = 'content/articles';
const REPORT_NAME = 'ingest-report.json';

export const OPTIONS_HELP = `Options:
  --input DIR    folder of raw reports (default: ${DEFAULT_INPUT}, or RAW_DIR)
  --output DIR   folder for the generated articles, the ingest's own: it is replaced as
                 a whole, so it may hold nothing the ingest did not write
                 (default: ${DEFAULT_OUTPUT}, or ARTICLES_DIR)
  --report FILE  JSON report of every input file's status (default: ${REPORT_NAME}
                 beside the output folder)
  --strict       exit with an error when any report has a warning
  --allow-empty  let an input folder with no reports empty an existing collection
  --help         show this help`;

type Env = Record<string, string | undefined>;

/** The options the environment alone gives: what Astro reads, and what a CLI starts from. */
export function archiveOptionsFromEnv(env: Env = process.env): ArchiveOptions {
  const input = resolve(env.RAW_DIR || DEFAULT_INPUT);
  const output = resolve(env.ARTICLES_DIR || DEFAULT_OUTPUT);
  const searchPartPages = env.SEARCH_PART_PAGES ? Number(env.SEARCH_PART_PAGES) : SEARCH_PART_PAGES;
  if (!Number.isInteger(searchPartPages) || searchPartPages < 1) {
    throw new UsageError(`SEARCH_PART_PAGES must be a whole number of pages above 0, not "${env.SEARCH_PART_PAGES}".`);
  }
  return { input, output, report: join(dirname(output), REPORT_NAME), strict: false, allowEmpty: false, help: false, searchPartPages };
}

/** Command-line options over the environment's; throws UsageError on an unknown or malformed one. */
export function parseArchiveArgs(args: string[], env: Env = process.env): ArchiveOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        report: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'allow-empty': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const fromEnv = archiveOptionsFromEnv(env);
  const output = values.output ? resolve(values.output) : fromEnv.output;
  return {
    input: values.input ? resolve(values.input) : fromEnv.input,
    output,
    report: values.report ? resolve(values.report) : join(dirname(output), REPORT_NAME),
    strict: values.strict,
    allowEmpty: values['allow-empty'],
    help: values.help,
    searchPartPages: fromEnv.searchPartPages,
  };
}

/** The environment that points Astro (and so the raw-report links and Pagefind) at these folders. */
export const archiveEnv = (options: ArchiveOptions): Env => ({ RAW_DIR: options.input, ARTICLES_DIR: options.output });

/** Back to the command line, for a CLI that runs another. */
export function archiveArgs(options: ArchiveOptions): string[] {
  return [
    '--input', options.input, '--output', options.output, '--report', options.report,
    ...(options.strict ? ['--strict'] : []),
    ...(options.allowEmpty ? ['--allow-empty'] : []),
  ];
}
