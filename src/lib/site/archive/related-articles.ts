import type { Article } from '../../../schemas/article.ts';
import { toneKey } from '../../vietnamese/tone-key.ts';
import { nearestInTime } from './nearest-in-time.ts';
import { timePool, type Timed, type TimePool } from './time-pool.ts';

/** An archive ready for ranking: every entry placed in time, pooled by district and as a whole. */
interface RelatedIndex<T> {
  everyone: TimePool<T>;
  byDistrict: Map<string, TimePool<T>>;
  district: Map<T, string | null>;
}

const districtKey = (article: Article) => (article.district ? toneKey(article.district) : null);
const timeOf = (article: Article) => (article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN);

/** One index per archive list: every article page ranks the same list, so it is sorted once per build, not once per page. */
const indexes = new WeakMap<object[], RelatedIndex<unknown>>();
function indexFor<T extends { data: Article }>(all: T[]): RelatedIndex<T> {
  const known = indexes.get(all) as RelatedIndex<T> | undefined;
  if (known) return known;
  const timed: Timed<T>[] = all.map((entry, order) => ({ item: entry, time: timeOf(entry.data), slug: entry.data.slug, order }));
  const district = new Map(all.map((entry) => [entry, districtKey(entry.data)]));
  const groups = Map.groupBy(
    timed.filter((t) => district.get(t.item) !== null),
    (t) => district.get(t.item)!,
  );
  const index: RelatedIndex<T> = {
    everyone: timePool(timed),
    byDistrict: new Map([...groups].map(([key, members]) => [key, timePool(members)])),
    district,
  };
  indexes.set(all, index);
  return index;
}

/**
 * Up to `count` other articles worth reading next: the same district first (closest in
 * time first), then the rest by closeness in time. Undated articles come last; ties go
 * by slug. `all` is indexed on first use and must not change afterwards.
 */
export function relatedArticles<T extends { data: Article }>(current: T, all: T[], count = 5): T[] {
  const index = indexFor(all);
  const time = timeOf(current.data);
  const district = districtKey(current.data);
  const inDistrict = district === null ? undefined : index.byDistrict.get(district);
  const same = inDistrict ? nearestInTime(inDistrict, time, count, (t) => t.item === current) : [];
  const elsewhere = (t: Timed<T>) => t.item !== current && (district === null || index.district.get(t.item) !== district);
  const rest = nearestInTime(index.everyone, time, count - same.length, (t) => !elsewhere(t));
  return [...same, ...rest].map((t) => t.item);
}
