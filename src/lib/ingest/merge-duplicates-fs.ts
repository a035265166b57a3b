import { readFileSync, rmSync } from 'node:fs';
import type { Source } from '../../schemas/article.ts';
import type { ChunkResult } from './ingest-chunk-fs.ts';
import { findReposts, repostCandidates, sameTextAs } from './duplicates.ts';

/** A report the chunk step wrote to the staging folder. */
export type StagedReport = Required<ChunkResult>['written'] & Pick<ChunkResult, 'status'>;

/** The front-matter fields duplicates add to an article, when there are any. */
export interface DuplicateFields {
  duplicates?: Source[];
  reposts?: string[];
}

/**
 * Reports with the same text become one article: the first file keeps it and lists the
 * others' sources; the others' staged files go and their status names that file.
 * Returns the reports that remain articles, each with the sources merged into it.
 */
export function mergeSameText(staged: StagedReport[]): { kept: StagedReport[]; merged: Map<StagedReport, Source[]>; mergedInto: Map<StagedReport, StagedReport> } {
  const joins = sameTextAs(staged.map((entry) => entry.identity));
  const merged = new Map<StagedReport, Source[]>();
  const mergedInto = new Map<StagedReport, StagedReport>();
  for (const [index, entry] of staged.entries()) {
    const first = staged[joins[index]!];
    if (!first) continue;
    merged.set(first, [...(merged.get(first) ?? []), entry.source]);
    mergedInto.set(entry, first);
    entry.status.duplicateOf = first.status.file;
    rmSync(entry.staged);
  }
  return { kept: staged.filter((entry) => !mergedInto.has(entry)), merged, mergedInto };
}

/** The front-matter fields an article gains from its duplicates and reposts, or null when it has none. */
export function duplicateFields(entry: StagedReport, merged: Map<StagedReport, Source[]>, reposts: Map<StagedReport, string[]>): DuplicateFields | null {
  const duplicates = merged.get(entry);
  const slugs = reposts.get(entry);
  if (!duplicates && !slugs) return null;
  return { ...(duplicates && { duplicates }), ...(slugs && { reposts: slugs }) };
}

/** The Markdown body of a staged article: what follows its front matter. */
const stagedBody = (path: string) => readFileSync(path, 'utf8').split('\n---\n').slice(1).join('\n---\n');

/**
 * Articles that are the same report posted again (same title and time, near-identical
 * body, see findReposts): each is linked to the others' slugs, and its status names
 * their files. Only same-titled, same-timed articles are read again.
 */
export function linkReposts(kept: StagedReport[], slugs: string[]): Map<StagedReport, string[]> {
  const links = new Map<StagedReport, string[]>();
  for (const group of repostCandidates(kept.map((entry) => entry.identity))) {
    for (const [index, others] of findReposts(group, (member) => stagedBody(kept[member]!.staged))) {
      links.set(kept[index]!, others.map((other) => slugs[other]!));
      kept[index]!.status.repostedIn = others.map((other) => kept[other]!.status.file);
    }
  }
  return links;
}
