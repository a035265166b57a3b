import type { Article } from '../../../schemas/article.ts';
import { publishedDate, yearKey } from '../dates/date-parts.ts';
import { slugify } from '../../vietnamese/slugify.ts';
import { toneKey } from '../../vietnamese/tone-key.ts';

/** One value of a facet (a district, a year…) and the articles that have it. */
export interface FacetValue<T> {
  /** ASCII URL segment for the value. */
  slug: string;
  /** The value as shown: the first spelling met, articles taken newest first. */
  label: string;
  items: T[];
}

export type FacetName = 'year' | 'district' | 'province' | 'category';

/** What an article contributes to each facet; null when it has no value there. */
export const FACET_VALUE: Record<FacetName, (article: Article) => string | null> = {
  year: (article) => {
    const date = publishedDate(article);
    return date && yearKey(date);
  },
  district: (article) => article.district,
  province: (article) => article.province,
  category: (article) => article.category,
};

/**
 * Groups items by a facet. Values that differ only in tone placement or case ("Huyện
 * uỷ"/"Huyện ủy") are one group, so one district never splits across two pages. Groups
 * come sorted by label (years newest first); items keep their given order.
 */
export function groupByFacet<T>(items: T[], facet: FacetName, article: (item: T) => Article): FacetValue<T>[] {
  const groups = new Map<string, FacetValue<T>>();
  // A facet has a handful of spellings over thousands of articles: each is keyed once.
  const keys = new Map<string, string>();
  for (const item of items) {
    const value = FACET_VALUE[facet](article(item));
    if (!value) continue;
    let key = keys.get(value);
    if (key === undefined) {
      key = toneKey(value);
      keys.set(value, key);
    }
    const group = groups.get(key) ?? { slug: slugify(value), label: value, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return facet === 'year' ? sorted.reverse() : sorted;
}
