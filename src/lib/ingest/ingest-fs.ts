import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { replaceFolder } from '../fs/replace-folder-fs.ts';
import { joinSameUrl } from '../provenance/same-url.ts';
import { SOURCE_LIST, withProvenance } from '../provenance/source-list.ts';
import { readSourceListIn } from '../provenance/source-list-fs.ts';
import { assignSlugs } from './assign-slugs.ts';
import { reuseUnchanged } from './ingest-cache-fs.ts';
import { duplicateFields, linkReposts, mergeSameText, type DuplicateFields, type StagedReport } from './merge-duplicates-fs.ts';
import { checkInput, checkOutput, writeManifest } from './output-folder-fs.ts';
import type { ChunkResult, FileStatus } from './ingest-chunk-fs.ts';
import type { ChunkTask } from './ingest-worker.ts';

export type { FileStatus } from './ingest-chunk-fs.ts';

export interface IngestOptions {
  /** Folder of raw reports; every non-hidden file below it is one report. */
  input: string;
  /** Folder of generated Markdown articles; replaced as a whole when the run ends. */
  output: string;
  /** Where the JSON report of every input file's status goes. */
  reportPath: string;
  /** Let an input with no reports empty an existing collection. */
  allowEmpty?: boolean;
  /** Called as files are done, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  read: number;
  /** Reports not parsed again: their bytes, source row and the parser are as they were at the last run. */
  reused: number;
  written: number;
  /** Files with the same text as an earlier one, merged into its article. */
  duplicates: number;
  /** Articles that are the same report as another (same title and time, near-identical body), linked to it. */
  reposts: number;
  warnings: number;
  errors: number;
  files: FileStatus[];
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
const CHUNK_SIZE = 250;

function listReports(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !(entry.name === SOURCE_LIST && entry.parentPath === folder))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** Sends one chunk to a worker and waits for its results. */
function runChunk(worker: Worker, task: ChunkTask): Promise<ChunkResult[]> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', succeed);
      reject(error);
    };
    const succeed = (results: ChunkResult[]) => {
      worker.off('error', fail);
      resolve(results);
    };
    worker.once('message', succeed);
    worker.once('error', fail);
    worker.postMessage(task);
  });
}

/** Runs the chunks on one worker per core; results come back in input order. */
async function runOnWorkers(tasks: ChunkTask[], onChunk: (done: number) => void): Promise<ChunkResult[][]> {
  const results: ChunkResult[][] = new Array(tasks.length);
  let next = 0;
  const workerCount = Math.min(availableParallelism(), tasks.length);
  await Promise.all(
    Array.from({ length: workerCount }, async () => {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
      try {
        for (let taskIndex = next++; taskIndex < tasks.length; taskIndex = next++) {
          results[taskIndex] = await runChunk(worker, tasks[taskIndex]!);
          onChunk(tasks[taskIndex]!.files.length);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

/** One article on its way to its settled slug's file. */
interface Move {
  entry: StagedReport;
  slug: string;
  target: string;
  /** What its duplicates and reposts add to it, when anything. */
  fields: DuplicateFields | null;
}

/**
 * Writes `text` over the open file from its start and cuts it to the new length. In
 * place on purpose, on ext4 without a journal (README, "Where the ingest's time goes"):
 * a file deleted and created anew makes files created after it slower to create, and a
 * file truncated and written anew (as `writeFile` does) has its blocks freed and new
 * ones allocated, which made each move far dearer than the write itself.
 */
function writeOver(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  writeSync(fd, bytes, 0, bytes.length, 0);
  ftruncateSync(fd, bytes.length);
}

/**
 * Puts one staged article under its settled slug's name: renamed when its text stands,
 * else given its new text (`rewrite`, from its current text) first. A link to the last
 * run's file is never written through: its new text goes to a new file. Synchronous:
 * each move is a few small system calls, which Node's thread pool only slowed down.
 */
function moveIntoPlace(staged: string, target: string, rewrite: ((text: string) => string) | null): void {
  if (rewrite) {
    const fd = openSync(staged, 'r+');
    let linked: boolean;
    let text: string;
    try {
      linked = fstatSync(fd).nlink > 1;
      text = rewrite(readFileSync(fd, 'utf8'));
      if (!linked) writeOver(fd, text);
    } finally {
      closeSync(fd);
    }
    if (linked) {
      writeFileSync(target, text);
      rmSync(staged);
      return;
    }
  }
  if (staged !== target) renameSync(staged, target);
}

/**
 * Raw reports → one Markdown file per article. Each file is parsed on its own (on all
 * cores when there are many), so a bad one is reported and the rest go through.
 * Articles are written to a staging folder that replaces `output` only at the end: an
 * interrupted run leaves the previous collection whole, and an input removed since the
 * last run loses its article.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  checkInput(options.input);
  const files = listReports(options.input);
  const sources = readSourceListIn(options.input, files);
  checkOutput({ ...options, report: options.reportPath, allowEmpty: options.allowEmpty ?? false }, files.length);
  const staging = `${options.output}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });

  const cache = await reuseUnchanged(options.input, options.output, staging, files, sources);
  const fresh = files.filter((file) => !cache.reused.has(file));
  const tasks: ChunkTask[] = [];
  for (let first = 0; first < fresh.length; first += CHUNK_SIZE) {
    const chunk = fresh.slice(first, first + CHUNK_SIZE);
    tasks.push({ input: options.input, files: chunk, firstIndex: first, staging, sources: Object.fromEntries(chunk.flatMap((file) => (sources.has(file) ? [[file, sources.get(file)!]] : []))) });
  }
  let done = cache.reused.size;
  const progress = (count: number) => options.onProgress?.((done += count), files.length);
  // The parser is imported here, not at the top: with workers, which load it themselves,
  // this thread would spend 0.2 s loading it before starting them.
  const inProcess = fresh.length < WORKER_THRESHOLD ? await import('./ingest-chunk-fs.ts') : undefined;
  const results = inProcess
    ? tasks.map((task) => {
        const chunk = inProcess.ingestChunk(task.input, task.files, task.firstIndex, task.staging, task.sources);
        progress(task.files.length);
        return chunk;
      })
    : await runOnWorkers(tasks, progress);

  const parsed = new Map(results.flat().map((outcome) => [outcome.status.file, outcome]));
  const outcomes = files.map((file) => cache.reused.get(file) ?? parsed.get(file)!);
  const remembered = cache.remember(outcomes);
  const staged = outcomes.flatMap((outcome) => (outcome.written ? [{ ...outcome.written, status: outcome.status }] : []));
  joinSameUrl(staged, sources);
  const { kept: written, merged, mergedInto } = mergeSameText(staged);
  const slugs = assignSlugs(written.map((entry) => entry.candidate));
  const reposts = linkReposts(written, slugs);
  const targets = slugs.map((slug) => join(staging, `${slug}.md`));
  // An article written under its first choice's name that the slug step gave to another steps aside first.
  for (const [index, entry] of written.entries()) {
    if (entry.staged === join(staging, `${entry.slug}.md`) && entry.staged !== targets[index]) {
      const aside = join(staging, `.aside-${index}.md`);
      renameSync(entry.staged, aside);
      entry.staged = aside;
    }
  }
  /** The articles written as parsed, which the next run may reuse: file → slug. */
  const asParsed = new Map<string, string>();
  const moves = written.map((entry, index): Move => {
    const slug = slugs[index]!;
    entry.status.slug = slug;
    const fields = duplicateFields(entry, merged, reposts);
    if (!fields) asParsed.set(entry.status.file, slug);
    return { entry, slug, target: targets[index]!, fields };
  });
  // What rewrites an article is loaded on this thread only when some article needs it:
  // the slug line's writer when a slug changes, the parser and the whole article writer
  // for articles that list duplicates or reposts.
  const frontMatter = moves.some((move) => move.slug !== move.entry.slug) ? await import('./front-matter.ts') : undefined;
  const [parser, articleFile] = moves.some((move) => move.fields) ? await Promise.all([import('../parse/parse-report.ts'), import('./article-file.ts')]) : [];
  const rewriteFor = ({ entry, slug, fields }: Move): ((text: string) => string) | null => {
    if (fields) {
      const { file } = entry.candidate.source;
      return () => articleFile!.toArticleFile({ ...withProvenance(parser!.parseReport(file, readFileSync(join(options.input, file))), sources.get(file)), slug, ...fields });
    }
    // A title shared on the same date, or a reused article's slug taken: only the slug line changes (no second parse).
    return slug === entry.slug ? null : (text) => frontMatter!.withSlug(text, slug);
  };
  for (const move of moves) moveIntoPlace(move.entry.staged, move.target, rewriteFor(move));
  for (const [duplicate, first] of mergedInto) duplicate.status.slug = first.status.slug;
  cache.finish(remembered, asParsed);

  writeManifest(staging);
  await replaceFolder(staging, options.output);
  const statuses = outcomes.map((outcome) => outcome.status);
  const summary: IngestSummary = {
    read: files.length,
    reused: cache.reused.size,
    written: written.length,
    duplicates: mergedInto.size,
    reposts: reposts.size,
    warnings: statuses.filter((status) => status.status === 'warning').length,
    errors: statuses.filter((status) => status.status === 'error').length,
    files: statuses,
  };
  mkdirSync(dirname(options.reportPath), { recursive: true });
  writeFileSync(options.reportPath, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
