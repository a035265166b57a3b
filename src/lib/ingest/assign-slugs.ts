import type { Report } from '../../schemas/article.ts';

/** What deciding a slug needs to know of a report; small, so a whole corpus of them fits in memory. */
export type SlugCandidate = Pick<Report, 'slug' | 'publishedAt'> & { source: Pick<Report['source'], 'file' | 'sha256'> };

/** How many hex digits of the source hash tell two same-titled reports apart. */
const HASH_SUFFIX_LENGTH = 8;

const byAge = (a: SlugCandidate, b: SlugCandidate) =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.source.file.localeCompare(b.source.file);

/**
 * Unique slugs, decided the same way on every run: among reports whose titles give the
 * same slug, the oldest (then the first file name) keeps it and each other one gets a
 * suffix from its own content hash, which no other report's arrival can change.
 * Returns the final slug of each candidate, in order.
 */
export function assignSlugs(candidates: SlugCandidate[]): string[] {
  const renamed = new Map<SlugCandidate, string>();
  for (const [slug, group] of Map.groupBy(candidates, (candidate) => candidate.slug)) {
    for (const candidate of group.toSorted(byAge).slice(1)) {
      renamed.set(candidate, `${slug}-${candidate.source.sha256.slice(0, HASH_SUFFIX_LENGTH)}`);
    }
  }
  return candidates.map((candidate) => renamed.get(candidate) ?? candidate.slug);
}
