import { PAGE_SIZE } from './site-info.ts';

/** One page of a listing, as its page and its pagination show it. */
export interface PageOf<T> {
  /** This page's number, from 1. */
  number: number;
  /** How many pages the listing has. */
  last: number;
  /** How many items the whole listing has. */
  total: number;
  /** Position of this page's first item in the whole listing, from 1. */
  from: number;
  items: T[];
}

/**
 * Splits a listing into pages of `size` items, in the given order. An empty listing
 * still gets its one empty page, so a listing's first URL always exists.
 */
export function paginate<T>(items: T[], size = PAGE_SIZE): PageOf<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, index) => ({
    number: index + 1,
    last,
    total: items.length,
    from: index * size + 1,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
