import type { Article } from '../../schemas/article.ts';
import { toneKey } from '../vietnamese/tone-key.ts';

const DAY = 24 * 60 * 60 * 1000;
const time = (article: Article) => (article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN);

/**
 * Up to `count` other articles worth reading next: the same district first (closest in
 * time first), then the rest by closeness in time. Undated articles come last.
 */
export function relatedArticles<T extends { data: Article }>(current: T, all: T[], count = 5): T[] {
  const district = current.data.district ? toneKey(current.data.district) : null;
  const distance = (entry: T) => {
    const gap = Math.abs(time(entry.data) - time(current.data));
    return Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap / DAY;
  };
  const sameDistrict = (entry: T) => district !== null && entry.data.district !== null && toneKey(entry.data.district) === district;
  return all
    .filter((entry) => entry !== current)
    .map((entry) => ({ entry, rank: [sameDistrict(entry) ? 0 : 1, distance(entry)] as const }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.entry.data.slug.localeCompare(b.entry.data.slug))
    .slice(0, count)
    .map(({ entry }) => entry);
}
