import type { Provenance } from './source-list.ts';

/**
 * Reports with one original URL are one article: the same page fetched twice. As for
 * reports with the same text, the first in input order keeps the article. Returns each
 * later report's file, mapped to the file of the first with its address.
 */
export function sameUrlDuplicates(reports: { file: string; provenance: Provenance | undefined }[]): Map<string, string> {
  const first = new Map<string, string>();
  const dropped = new Map<string, string>();
  for (const { file, provenance } of reports) {
    if (!provenance?.url) continue;
    const earlier = first.get(provenance.url);
    if (earlier === undefined) first.set(provenance.url, file);
    else dropped.set(file, earlier);
  }
  return dropped;
}

/**
 * Makes each report that shares an earlier report's address join it as a duplicate:
 * it takes that report's text key, so the ingest's same-text merge folds it into that
 * article, which then lists its source among its duplicates.
 */
export function joinSameUrl<T extends { status: { file: string }; identity: { textKey: string } }>(staged: T[], sources: Map<string, Provenance>): void {
  const byFile = new Map(staged.map((entry) => [entry.status.file, entry]));
  const dropped = sameUrlDuplicates(staged.map((entry) => ({ file: entry.status.file, provenance: sources.get(entry.status.file) })));
  for (const [file, kept] of dropped) byFile.get(file)!.identity.textKey = byFile.get(kept)!.identity.textKey;
}
