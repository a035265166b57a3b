import { toArticleFile } from '../ingest/article-file.ts';
import { parseReport } from '../parse/parse-report.ts';
import { ReportError } from '../parse/report-error.ts';
import { reportSchema } from '../../schemas/article.ts';
import { fuzzInput, type FuzzInput } from './mutations.ts';

/** The contract the ingest keeps on any input: what it does with one fuzz input. */
export type Outcome =
  | { kind: 'article' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'crash'; error: string };

/** The only HTML the ingest writes into a body: the photo-caption wrapper around escaped text. */
const CAPTION_WRAPPER = /<figure class="photo-caption"><figcaption>|<\/figcaption><\/figure>/g;
/** A tag the Markdown renderer would pass through as HTML: a `<` that is not escaped. */
const RAW_TAG = /(?<!\\)<[a-z!?/]/i;

/** A reason a person can act on: words, not a stack trace or a JavaScript value. */
const UNCLEAR = /undefined|\[object|NaN|^\s*$|at .*\.ts:\d+/;

/**
 * Parses one input as the ingest does (parse, validate, render the Markdown file), and
 * checks that no text of it reaches the page as HTML.
 * Which record comes out is the parser's business and changes with it; the contract is
 * only that the run ends in an article or a ReportError with a clear reason, which the
 * ingest prints after the file's name.
 */
export function checkContract(file: string, bytes: Uint8Array): Outcome {
  try {
    const report = parseReport(file, bytes);
    const checked = reportSchema.safeParse(report);
    if (!checked.success) return { kind: 'crash', error: `the record breaks the schema: ${checked.error.message}` };
    const markdown = toArticleFile(report);
    const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5).replace(CAPTION_WRAPPER, '');
    if (RAW_TAG.test(body)) return { kind: 'crash', error: `the article body lets raw HTML through: ${RAW_TAG.exec(body)![0]}…` };
    return { kind: 'article' };
  } catch (error) {
    if (!(error instanceof ReportError)) return { kind: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    if (UNCLEAR.test(error.message)) return { kind: 'crash', error: `unclear reason: ${JSON.stringify(error.message)}` };
    return { kind: 'rejected', reason: error.message };
  }
}

/**
 * Inputs slower than this are timed again, and their fastest run kept: a garbage
 * collection or a busy machine is no runaway pattern. The slowest few are timed once
 * more at the end, many times over.
 */
const RETIME_ABOVE_MS = 5;
const RETIMES = 3;
const SLOWEST_KEPT = 20;
const FINAL_RETIMES = 10;

export interface TimedInput {
  ms: number;
  input: Omit<FuzzInput, 'bytes'> & { size: number };
}

export interface FuzzFigures {
  count: number;
  articles: number;
  /** Rejections by reason (numbers in it replaced by N, so like ones count together), with the first input given it. */
  rejected: Record<string, { count: number; example: number }>;
  crashes: (TimedInput['input'] & { error: string; bytes: Buffer })[];
  /** The slowest inputs by CPU time, slowest first. */
  slowest: TimedInput[];
}

/**
 * CPU time, not wall time: on a shared machine a busy neighbour stretches the wall clock
 * of any input, while a runaway pattern costs CPU wherever it runs.
 */
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

function timed(file: string, bytes: Buffer, retimes = RETIMES): { outcome: Outcome; ms: number } {
  let outcome: Outcome = { kind: 'article' };
  let ms = cpuMs(() => (outcome = checkContract(file, bytes)));
  for (let i = 0; ms > RETIME_ABOVE_MS && i < retimes; i += 1) ms = Math.min(ms, cpuMs(() => checkContract(file, bytes)));
  return { outcome, ms };
}

/** Runs inputs `first` .. `first + count - 1` of the run `runSeed` over `pages`. */
export function runFuzz(pages: [string, Buffer][], count: number, runSeed = 0, first = 0, onProgress?: (done: number) => void): FuzzFigures {
  const figures: FuzzFigures = { count, articles: 0, rejected: {}, crashes: [], slowest: [] };
  for (let index = first; index < first + count; index += 1) {
    const { bytes, ...input } = fuzzInput(pages, index, runSeed);
    const described = { ...input, size: bytes.length };
    const { outcome, ms } = timed(`fuzz-${index}.txt`, bytes);
    if (outcome.kind === 'article') figures.articles += 1;
    else if (outcome.kind === 'rejected') {
      const reason = outcome.reason.replace(/\d+(?:[.,]\d+)*/g, 'N');
      const seen = (figures.rejected[reason] ??= { count: 0, example: index });
      seen.count += 1;
    } else figures.crashes.push({ ...described, error: outcome.error, bytes });
    if (figures.slowest.length < SLOWEST_KEPT || ms > figures.slowest.at(-1)!.ms) {
      figures.slowest = [...figures.slowest, { ms, input: described }].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_KEPT);
    }
    if (onProgress && (index - first + 1) % 1000 === 0) onProgress(index - first + 1);
  }
  figures.slowest = figures.slowest
    .map(({ input }) => ({ input, ms: timed(`fuzz-${input.index}.txt`, fuzzInput(pages, input.index, runSeed).bytes, FINAL_RETIMES).ms }))
    .sort((a, b) => b.ms - a.ms);
  return figures;
}
