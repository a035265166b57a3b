import { bySlug } from './by-slug.ts';
import type { Timed, TimePool } from './time-pool.ts';

const DAY = 24 * 60 * 60 * 1000;

/** First index in `dated` (oldest first) whose time is not before `time`. */
function firstAtOrAfter<T>(dated: Timed<T>[], time: number): number {
  let low = 0;
  let high = dated.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dated[middle]!.time < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Up to `count` items of the pool, leaving out those `skip` rejects, closest in time to
 * `time` first, ties by slug then the caller's order; items without a date come last.
 * When `time` is NaN every item is equally far, so slug order alone decides. This is
 * exactly the order of sorting every item by (days apart, slug, order), found by walking
 * outwards from `time` and stopping once the count-th distance is passed.
 */
export function nearestInTime<T>(pool: TimePool<T>, time: number, count: number, skip: (t: Timed<T>) => boolean): Timed<T>[] {
  const picked: Timed<T>[] = [];
  if (count <= 0) return picked;
  if (Number.isNaN(time)) {
    for (const t of pool.bySlug) {
      if (picked.length === count) break;
      if (!skip(t)) picked.push(t);
    }
    return picked;
  }
  // Distances are kept in days, as the ranking measures them, so equal distances tie exactly as they do there.
  const days = (t: Timed<T>) => Math.abs(t.time - time) / DAY;
  const { dated } = pool;
  const gaps = new Map<Timed<T>, number>();
  let after = firstAtOrAfter(dated, time);
  let before = after - 1;
  let limit = Number.POSITIVE_INFINITY;
  for (;;) {
    const older = before >= 0 ? days(dated[before]!) : Number.POSITIVE_INFINITY;
    const newer = after < dated.length ? days(dated[after]!) : Number.POSITIVE_INFINITY;
    const gap = Math.min(older, newer);
    if (gap === Number.POSITIVE_INFINITY || gap > limit) break;
    const next = older <= newer ? dated[before--]! : dated[after++]!;
    if (skip(next)) continue;
    picked.push(next);
    gaps.set(next, gap);
    if (picked.length === count) limit = gap;
  }
  picked.sort((a, b) => gaps.get(a)! - gaps.get(b)! || bySlug(a, b));
  picked.length = Math.min(picked.length, count);
  for (const t of pool.undated) {
    if (picked.length === count) break;
    if (!skip(t)) picked.push(t);
  }
  return picked;
}
