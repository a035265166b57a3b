import type { Report } from '../../schemas/article.ts';
import { isoDate, publishedDate } from '../site/dates/date-parts.ts';
import { slugify } from '../vietnamese/slugify.ts';

/** What deciding a slug needs to know of a report; small, so a whole corpus of them fits in memory. */
export type SlugCandidate = Pick<Report, 'slug' | 'publishedAt' | 'datePrecision' | 'district' | 'province'> & {
  source: Pick<Report['source'], 'file' | 'sha256'>;
};

/** What the slug step keeps of a parsed report. */
export const slugCandidate = (report: Report): SlugCandidate => ({
  slug: report.slug,
  publishedAt: report.publishedAt,
  datePrecision: report.datePrecision,
  district: report.district,
  province: report.province,
  source: { file: report.source.file, sha256: report.source.sha256 },
});

const byAge = (a: SlugCandidate, b: SlugCandidate) =>
  (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.source.file.localeCompare(b.source.file);

/** The day a report was published ("2024-03-05"), or its month when the report prints no day. */
const printedDate = (candidate: SlugCandidate) => {
  const parts = publishedDate(candidate);
  return parts ? isoDate({ ...parts, time: null }) : undefined;
};
const place = (candidate: SlugCandidate) => {
  const name = candidate.district ?? candidate.province;
  return name ? slugify(name) : undefined;
};

/**
 * The slugs a report may take, in order: its title's with the date it was published,
 * then with its place before the date — what a reader tells same-titled reports
 * ("Hội nghị giao ban tháng 3" of every month, one plenum in every district) apart by.
 * The date is there even when no other report has the title: a slug then never changes
 * because a report with the same title and another day is added, and the ingest can
 * write each article under its first choice, which every report whose title and day no
 * other shares keeps.
 */
function choices(candidate: SlugCandidate): string[] {
  const date = printedDate(candidate);
  return [...new Set([[date], [place(candidate), date]].map((parts) => [candidate.slug, ...parts.filter(Boolean)].join('-')))];
}

/** The slug a report takes unless another report shares it. */
export const firstChoice = (candidate: SlugCandidate): string => choices(candidate)[0]!;

/**
 * Unique slugs, decided the same way on every run. Each first choice is kept by the
 * oldest report that has it (then the first file name); each later one takes the first
 * of its other choices still free, and only reports alike in title, place and date are
 * numbered (-2, -3, …, oldest first). Returns the final slug of each candidate, in order.
 */
export function assignSlugs(candidates: SlugCandidate[]): string[] {
  const first = new Map(candidates.map((candidate) => [candidate, firstChoice(candidate)]));
  const taken = new Set(first.values());
  const final = new Map<SlugCandidate, string>();
  const groups = [...Map.groupBy(candidates, (candidate) => first.get(candidate)!)].sort(([a], [b]) => a.localeCompare(b));
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
