import { parse } from 'csv-parse/sync';
import type { Source } from '../../schemas/article.ts';
import { sourceRowSchema } from '../../schemas/source-list.ts';

/** The source list's name, beside the raw reports at the top of the ingest input folder. */
export const SOURCE_LIST = 'sources.csv';

/** What the source list says about one raw report, in the record's field names. */
export type Provenance = Pick<Source, 'url' | 'site' | 'fetchedAt'>;

/** A source list that cannot be read, with the line of the row at fault. */
export class SourceListError extends Error {}

/**
 * Reads `sources.csv` (RFC 4180, UTF-8, a header row `file,url,site,fetched_at`) into the
 * provenance of each listed report. Every row is checked with the schema, and a row that
 * fails, names a report twice, or names a file the input does not have (when `files` is
 * given) stops the read with an error naming its line: a wrong address in an archive is
 * worse than none.
 */
export function readSourceList(text: string, files?: ReadonlySet<string>): Map<string, Provenance> {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    throw new SourceListError(`${SOURCE_LIST}: ${(error as Error).message}`);
  }
  const sources = new Map<string, Provenance & { line: number }>();
  for (const { record, info } of rows) {
    const where = `${SOURCE_LIST}, line ${info.lines}`;
    const row = sourceRowSchema.safeParse(record);
    if (!row.success) throw new SourceListError(`${where}: ${row.error.issues.map((issue) => issue.message).join('; ')}`);
    const { file, url, site, fetched_at: fetchedAt } = row.data;
    const earlier = sources.get(file);
    if (earlier) throw new SourceListError(`${where}: "${file}" is already listed on line ${earlier.line}`);
    if (files && !files.has(file)) throw new SourceListError(`${where}: "${file}" is not a report in the input folder`);
    sources.set(file, { url, ...(site && { site }), ...(fetchedAt && { fetchedAt }), line: info.lines });
  }
  return new Map([...sources].map(([file, { line: _line, ...provenance }]) => [file, provenance]));
}

/** A report's provenance with what the source list adds; unchanged when the list does not name it. */
export function withProvenance<T extends { source: Source }>(report: T, provenance: Provenance | undefined): T {
  return provenance ? { ...report, source: { ...report.source, ...provenance } } : report;
}
