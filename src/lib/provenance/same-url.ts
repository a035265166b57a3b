import type { Provenance } from './source-list.ts';

/**
 * Reports with one original URL are one article: the same page fetched twice. The one
 * kept is the earliest fetch (the page as first published; unknown fetch dates count as
 * latest), then the first by file name. Returns each other report's file, mapped to the
 * file kept in its place.
 */
export function sameUrlDuplicates(reports: { file: string; provenance: Provenance | undefined }[]): Map<string, string> {
  const byUrl = Map.groupBy(
    reports.filter((report) => report.provenance?.url),
    (report) => report.provenance!.url!,
  );
  const dropped = new Map<string, string>();
  for (const group of byUrl.values()) {
    const [kept, ...others] = group.toSorted(
      (a, b) => (a.provenance!.fetchedAt ?? '9999').localeCompare(b.provenance!.fetchedAt ?? '9999') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
    for (const other of others) dropped.set(other.file, kept!.file);
  }
  return dropped;
}
