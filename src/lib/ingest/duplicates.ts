import { REPOST_MIN_SIMILARITY } from '../vietnamese/patterns.ts';

/** What finding duplicates needs to know of one written report. */
export interface ReportIdentity {
  /** Hash of the parsed record without its provenance: equal for the same text, whatever the file, encoding or line ends. */
  textKey: string;
  title: string;
  publishedAt: string | null;
}

/**
 * For each report, the index of the earlier report with the same text that it joins
 * (the first in input order keeps the article and lists every source file), or -1
 * when it is the first of its text.
 */
export function sameTextAs(reports: ReportIdentity[]): number[] {
  const first = new Map<string, number>();
  return reports.map((report, index) => {
    const earlier = first.get(report.textKey);
    if (earlier === undefined) first.set(report.textKey, index);
    return earlier ?? -1;
  });
}

/** Groups of two or more reports with the same title and a printed publication time: the only ones that can be reposts. */
export function repostCandidates(reports: ReportIdentity[]): number[][] {
  const groups = Map.groupBy(
    reports.flatMap((report, index) => (report.publishedAt ? [index] : [])),
    (index) => `${reports[index]!.title}\u0000${reports[index]!.publishedAt}`,
  );
  return [...groups.values()].filter((group) => group.length > 1);
}

const shingles = (text: string): Set<string> => {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3) return new Set([words.join(' ')]);
  return new Set(words.slice(2).map((word, index) => `${words[index]} ${words[index + 1]} ${word}`));
};

/** Share of three-word runs two bodies have in common (Jaccard), from 0 to 1. */
export function bodySimilarity(a: string, b: string): number {
  const [left, right] = [shingles(a), shingles(b)];
  let common = 0;
  for (const shingle of left) if (right.has(shingle)) common += 1;
  return common / (left.size + right.size - common);
}

/**
 * Reposts within one candidate group (same title and time): pairs whose bodies are at
 * least REPOST_MIN_SIMILARITY alike. Each stays its own article (the bodies differ, and
 * nothing is dropped), linked to the others. Returns, per member, the members it reposts.
 */
export function findReposts(group: number[], bodyOf: (index: number) => string): Map<number, number[]> {
  const bodies = new Map(group.map((index) => [index, bodyOf(index)]));
  const links = new Map<number, number[]>();
  for (const [position, a] of group.entries()) {
    for (const b of group.slice(position + 1)) {
      if (bodySimilarity(bodies.get(a)!, bodies.get(b)!) < REPOST_MIN_SIMILARITY) continue;
      links.set(a, [...(links.get(a) ?? []), b]);
      links.set(b, [...(links.get(b) ?? []), a]);
    }
  }
  return links;
}
