import type { Report } from '../../schemas/article.ts';
import { slugify } from '../vietnamese/slugify.ts';

/** What deciding a slug needs to know of a report; small, so a whole corpus of them fits in memory. */
export type SlugCandidate = Pick<Report, 'slug' | 'publishedAt' | 'district' | 'province'> & { source: Pick<Report['source'], 'file' | 'sha256'> };

const byAge = (a: SlugCandidate, b: SlugCandidate) =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.source.file.localeCompare(b.source.file);

/** The day a report was published, as written in its timestamp (local to the site). */
const day = (candidate: SlugCandidate) => candidate.publishedAt?.slice(0, 10);
const place = (candidate: SlugCandidate) => {
  const name = candidate.district ?? candidate.province;
  return name ? slugify(name) : undefined;
};

/**
 * The slugs a report may take, in order: its title's, then the title's with the day it
 * was published, then with its place and day — what a reader tells same-titled reports
 * ("Hội nghị giao ban tháng 3" of every month, one plenum in every district) apart by.
 */
function choices(candidate: SlugCandidate): string[] {
  const suffixes = [[day(candidate)], [place(candidate), day(candidate)]].map((parts) => parts.filter(Boolean).join('-'));
  return [...new Set([candidate.slug, ...suffixes.filter(Boolean).map((suffix) => `${candidate.slug}-${suffix}`)])];
}

/**
 * Unique slugs, decided the same way on every run. Every title's own slug is kept for
 * the oldest report with that title (then the first file name); each later one takes
 * the first of its other choices still free, and only reports alike in title, place and
 * day are numbered (-2, -3, …, oldest first). Returns the final slug of each candidate,
 * in order.
 */
export function assignSlugs(candidates: SlugCandidate[]): string[] {
  const taken = new Set(candidates.map((candidate) => candidate.slug));
  const final = new Map<SlugCandidate, string>();
  const groups = [...Map.groupBy(candidates, (candidate) => candidate.slug)].sort(([a], [b]) => a.localeCompare(b));
  for (const [slug, group] of groups) {
    const [keeper, ...later] = group.toSorted(byAge);
    final.set(keeper!, slug);
    for (const candidate of later) {
      const options = choices(candidate).slice(1);
      let chosen = options.find((option) => !taken.has(option));
      const last = options.at(-1) ?? slug;
      for (let n = 2; !chosen; n += 1) if (!taken.has(`${last}-${n}`)) chosen = `${last}-${n}`;
      taken.add(chosen);
      final.set(candidate, chosen);
    }
  }
  return candidates.map((candidate) => final.get(candidate)!);
}
