import { bySlug } from './by-slug.ts';

/** An item placed in time for `nearestInTime`; `order` is its position in the caller's list. */
export interface Timed<T> {
  item: T;
  /** Milliseconds since the epoch; NaN when the item has no usable date. */
  time: number;
  slug: string;
  order: number;
}

/** The same items three ways, so a nearest-in-time query never has to sort. */
export interface TimePool<T> {
  /** Dated items, oldest first. */
  dated: Timed<T>[];
  /** Undated items by slug. */
  undated: Timed<T>[];
  /** Every item by slug: the order when the query itself has no date. */
  bySlug: Timed<T>[];
}

/** Sorts the items once so that every later `nearestInTime` query is a binary search and a short walk. */
export function timePool<T>(items: Timed<T>[]): TimePool<T> {
  const sorted = items.toSorted(bySlug);
  return {
    dated: items.filter((t) => !Number.isNaN(t.time)).sort((a, b) => a.time - b.time),
    undated: sorted.filter((t) => Number.isNaN(t.time)),
    bySlug: sorted,
  };
}
