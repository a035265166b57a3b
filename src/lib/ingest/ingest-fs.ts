import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { replaceFolder } from '../fs/replace-folder-fs.ts';
import { parseReport } from '../parse/parse-report.ts';
import { ReportError } from '../parse/report-error.ts';
import { toArticleFile } from './article-file.ts';
import { assignSlugs, type SlugCandidate } from './assign-slugs.ts';

export interface IngestOptions {
  /** Folder of raw reports; every non-hidden file below it is one report. */
  input: string;
  /** Folder of generated Markdown articles; replaced as a whole when the run ends. */
  output: string;
  /** Where the JSON report of every input file's status goes. */
  reportPath: string;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What happened to one input file. */
export interface FileStatus {
  file: string;
  status: 'ok' | 'warning' | 'error';
  slug?: string;
  warnings?: string[];
  error?: string;
}

export interface IngestSummary {
  read: number;
  written: number;
  warnings: number;
  errors: number;
  files: FileStatus[];
}

async function listReports(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Raw reports → one Markdown file per article. Each file is parsed on its own, so a bad
 * one is reported and the rest go through. Articles are written to a staging folder
 * that replaces `output` only at the end: an interrupted run leaves the previous
 * collection whole, and an input removed since the last run loses its article.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const files = await listReports(options.input);
  const staging = `${options.output}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  const statuses: FileStatus[] = [];
  const written: { candidate: SlugCandidate; staged: string; status: FileStatus }[] = [];
  for (const [index, file] of files.entries()) {
    const status = await ingestOne(options.input, file, staging, index, written);
    statuses.push(status);
    options.onProgress?.(index + 1, files.length);
  }

  const slugs = assignSlugs(written.map((entry) => entry.candidate));
  for (const [index, { candidate, staged, status }] of written.entries()) {
    const slug = slugs[index]!;
    status.slug = slug;
    if (slug !== candidate.slug) {
      const report = parseReport(candidate.source.file, await readFile(join(options.input, candidate.source.file)));
      await writeFile(staged, toArticleFile({ ...report, slug }));
    }
    await rename(staged, join(staging, `${slug}.md`));
  }

  await replaceFolder(staging, options.output);
  const summary: IngestSummary = {
    read: files.length,
    written: written.length,
    warnings: statuses.filter((status) => status.status === 'warning').length,
    errors: statuses.filter((status) => status.status === 'error').length,
    files: statuses,
  };
  await mkdir(dirname(options.reportPath), { recursive: true });
  await writeFile(options.reportPath, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

async function ingestOne(
  input: string,
  file: string,
  staging: string,
  index: number,
  written: { candidate: SlugCandidate; staged: string; status: FileStatus }[],
): Promise<FileStatus> {
  try {
    const report = parseReport(file, await readFile(join(input, file)));
    const staged = join(staging, `.${index}.md`);
    await writeFile(staged, toArticleFile(report));
    const status: FileStatus = report.warnings.length
      ? { file, status: 'warning', warnings: report.warnings }
      : { file, status: 'ok' };
    const { slug, publishedAt, source } = report;
    written.push({ candidate: { slug, publishedAt, source: { file, sha256: source.sha256 } }, staged, status });
    return status;
  } catch (error) {
    const reason = error instanceof ReportError ? error.message : `the parser failed unexpectedly (${String(error)})`;
    return { file, status: 'error', error: reason };
  }
}
