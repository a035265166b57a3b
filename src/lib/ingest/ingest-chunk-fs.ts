import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle, toReport } from '../parse/parse-report.ts';
import { ReportError } from '../parse/report-error.ts';
import type { Report } from '../../schemas/article.ts';
import { withProvenance, type Provenance } from '../provenance/source-list.ts';
import { toArticleFile } from './article-file.ts';
import { firstChoice, slugCandidate, type SlugCandidate } from './assign-slugs.ts';
import type { ReportIdentity } from './duplicates.ts';

/** What happened to one input file. */
export interface FileStatus {
  file: string;
  status: 'ok' | 'warning' | 'error';
  slug?: string;
  /** Set when the file has the same text as an earlier one, whose article lists it: that file. */
  duplicateOf?: string;
  /** Set when the same report was posted again in other files (kept as their own articles): those files. */
  repostedIn?: string[];
  warnings?: string[];
  error?: string;
}

/** One file's outcome, with what the slug step needs when it became an article. */
export interface ChunkResult {
  status: FileStatus;
  /** `slug`: the one the staged file carries (its first choice, or the last run's slug for a reused article). */
  written?: { candidate: SlugCandidate; staged: string; identity: ReportIdentity; source: Report['source']; slug: string };
}

/** Where file number `index` waits when another article has its slug's name, until the slug step settles it. */
const stagedPath = (staging: string, index: number) => join(staging, `.${index}.md`);

/**
 * Writes an article under its slug's name when no other article has taken it (every
 * one whose title and day no other report shares: a slug is the title and the date),
 * else under its staged name. Returns where it went; the slug step moves those whose
 * slug it settles otherwise.
 */
function writeStaged(staging: string, slug: string, index: number, text: string): string {
  const named = join(staging, `${slug}.md`);
  try {
    writeFileSync(named, text, { flag: 'wx' });
    return named;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const staged = stagedPath(staging, index);
  writeFileSync(staged, text);
  return staged;
}

/** What one file's failure says: the parser's own words when it refused the report. */
function failure(file: string, error: unknown): ChunkResult {
  const reason = error instanceof ReportError ? error.message : `the parser failed unexpectedly (${String(error)})`;
  return { status: { file, status: 'error', error: reason } };
}

/**
 * Runs one step on every file of the chunk still standing; a file whose step throws
 * leaves with its error in `failures`, so one bad report never stops the others.
 */
function stage<T, U>(items: (T | null)[], files: string[], failures: ChunkResult[], step: (item: T, offset: number) => U): (U | null)[] {
  return items.map((item, offset) => {
    if (item === null) return null;
    try {
      return step(item, offset);
    } catch (error) {
      failures[offset] = failure(files[offset]!, error);
      return null;
    }
  });
}

/**
 * Parses and renders a run of input files, writing each article to the staging folder
 * (see writeStaged).
 * Stage by stage over the whole run (every file's text read, then every report's
 * entities found, then every article rendered, then every one written) rather than
 * file by file: each stage's code (the parser's patterns, remark, js-yaml) stays hot in
 * the processor's caches, which the bench measured as a clear cut in CPU time per report
 * (README, "Where the ingest's time goes").
 * Synchronous on purpose: the files are small, and sync calls skip the thread-pool
 * round trips that made async I/O the bottleneck.
 */
export function ingestChunk(input: string, files: string[], firstIndex: number, staging: string, sources: Record<string, Provenance> = {}): ChunkResult[] {
  const failures: ChunkResult[] = [];
  const texts = stage(files, files, failures, (file) => readArticle(file, readFileSync(join(input, file))));
  const reports = stage(texts, files, failures, (text) => withProvenance(toReport(text), sources[text.file]));
  const articles = stage(reports, files, failures, (report) => {
    const candidate = slugCandidate(report);
    const slug = firstChoice(candidate);
    const textKey = createHash('sha256').update(JSON.stringify({ ...report, source: undefined })).digest('hex');
    return { report, candidate, slug, textKey, text: toArticleFile({ ...report, slug }) };
  });
  const written = stage(articles, files, failures, ({ report, candidate, slug, textKey, text }, offset): ChunkResult => {
    const staged = writeStaged(staging, slug, firstIndex + offset, text);
    const file = files[offset]!;
    const status: FileStatus = report.warnings.length ? { file, status: 'warning', warnings: report.warnings } : { file, status: 'ok' };
    const identity = { textKey, title: report.title, publishedAt: report.publishedAt };
    return { status, written: { candidate, staged, identity, source: report.source, slug } };
  });
  return written.map((result, offset) => result ?? failures[offset]!);
}
