import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mapAtMost } from '../fs/map-at-most.ts';
import { replaceFolder } from '../fs/replace-folder-fs.ts';
import { assignSlugs } from './assign-slugs.ts';
import { reuseUnchanged } from './ingest-cache-fs.ts';
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
  /** Called as files are done, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  read: number;
  /** Reports not parsed again: their bytes and the parser are as they were at the last run. */
  reused: number;
  written: number;
  warnings: number;
  errors: number;
  files: FileStatus[];
}

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
const CHUNK_SIZE = 250;

function listReports(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
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

/**
 * Raw reports → one Markdown file per article. Each file is parsed on its own (on all
 * cores when there are many), so a bad one is reported and the rest go through.
 * Articles are written to a staging folder that replaces `output` only at the end: an
 * interrupted run leaves the previous collection whole, and an input removed since the
 * last run loses its article.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const files = listReports(options.input);
  const staging = `${options.output}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });

  const { reused, finish } = await reuseUnchanged(options.input, options.output, staging, files);
  const fresh = files.filter((file) => !reused.has(file));
  const tasks: ChunkTask[] = [];
  for (let first = 0; first < fresh.length; first += CHUNK_SIZE) {
    tasks.push({ input: options.input, files: fresh.slice(first, first + CHUNK_SIZE), firstIndex: first, staging });
  }
  let done = reused.size;
  const progress = (count: number) => options.onProgress?.((done += count), files.length);
  // The parser is imported here, not at the top: with workers, which load it themselves,
  // this thread would spend 0.2 s loading it before starting them.
  const inProcess = fresh.length < WORKER_THRESHOLD ? await import('./ingest-chunk-fs.ts') : undefined;
  const results = inProcess
    ? tasks.map((task) => {
        const chunk = inProcess.ingestChunk(task.input, task.files, task.firstIndex, task.staging);
        progress(task.files.length);
        return chunk;
      })
    : await runOnWorkers(tasks, progress);

  const parsed = new Map(results.flat().map((outcome) => [outcome.status.file, outcome]));
  const outcomes = files.map((file) => reused.get(file) ?? parsed.get(file)!);
  const written = outcomes.flatMap((outcome) => (outcome.written ? [{ ...outcome.written, status: outcome.status }] : []));
  const slugs = assignSlugs(written.map((entry) => entry.candidate));
  // Loaded only when a slug changes, like the parser (see above).
  const renamed = written.some(({ candidate, slug }, index) => slugs[index] !== (slug ?? candidate.slug));
  const { withSlug } = renamed ? await import('./article-file.ts') : { withSlug: undefined };
  // Each article to its final name, 32 at a time: every step here waits on the disk.
  await mapAtMost([...written.entries()], 32, async ([index, { candidate, staged, slug: sluggedAs, status }]) => {
    const slug = slugs[index]!;
    status.slug = slug;
    const target = join(staging, `${slug}.md`);
    if (slug === (sluggedAs ?? candidate.slug)) return rename(staged, target);
    // A new file, not a write into the staged one: a reused article is a hard link to the last run's.
    await writeFile(target, withSlug!(await readFile(staged, 'utf8'), slug));
    await rm(staged);
  });
  finish(outcomes);

  await replaceFolder(staging, options.output);
  const statuses = outcomes.map((outcome) => outcome.status);
  const summary: IngestSummary = {
    read: files.length,
    reused: reused.size,
    written: written.length,
    warnings: statuses.filter((status) => status.status === 'warning').length,
    errors: statuses.filter((status) => status.status === 'error').length,
    files: statuses,
  };
  mkdirSync(dirname(options.reportPath), { recursive: true });
  writeFileSync(options.reportPath, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
