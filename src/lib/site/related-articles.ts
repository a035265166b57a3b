import type { Article } from '../../schemas/article.ts';
import { toneKey } from '../vietnamese/tone-key.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Each article's district key and time, worked out once: every article page ranks the whole archive. */
const facts = new WeakMap<Article, { district: string | null; time: number }>();
function factsOf(article: Article) {
  let known = facts.get(article);
  if (!known) {
    known = {
      district: article.district ? toneKey(article.district) : null,
      time: article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN,
    };
    facts.set(article, known);
  }
  return known;
}

/**
 * Up to `count` other articles worth reading next: the same district first (closest in
 * time first), then the rest by closeness in time. Undated articles come last.
 */
export function relatedArticles<T extends { data: Article }>(current: T, all: T[], count = 5): T[] {
  const here = factsOf(current.data);
  const ranked: { entry: T; group: number; distance: number }[] = [];
  for (const entry of all) {
    if (entry === current) continue;
    const there = factsOf(entry.data);
    const gap = Math.abs(there.time - here.time) / DAY;
    ranked.push({
      entry,
      group: here.district !== null && there.district === here.district ? 0 : 1,
      distance: Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap,
    });
  }
  return ranked
    .sort((a, b) => a.group - b.group || a.distance - b.distance || a.entry.data.slug.localeCompare(b.entry.data.slug))
    .slice(0, count)
    .map(({ entry }) => entry);
}
