import { describe, expect, it } from 'vitest';
import { timePool } from './time-pool.ts';

const timed = (slug: string, time: number, order: number) => ({ item: slug, slug, time, order });

describe('timePool', () => {
  const pool = timePool([timed('c', 30, 0), timed('x', Number.NaN, 1), timed('a', 10, 2), timed('b', 20, 3), timed('w', Number.NaN, 4)]);

  it('keeps dated items oldest first and undated ones by slug', () => {
    expect(pool.dated.map((t) => t.slug)).toEqual(['a', 'b', 'c']);
    expect(pool.undated.map((t) => t.slug)).toEqual(['w', 'x']);
  });

  it('also lists every item by slug', () => {
    expect(pool.bySlug.map((t) => t.slug)).toEqual(['a', 'b', 'c', 'w', 'x']);
  });
});
