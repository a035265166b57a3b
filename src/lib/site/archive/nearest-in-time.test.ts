import { describe, expect, it } from 'vitest';
import { nearestInTime } from './nearest-in-time.ts';
import { timePool } from './time-pool.ts';

const DAY = 24 * 60 * 60 * 1000;
const timed = (slug: string, day: number, order: number) => ({ item: slug, slug, time: day * DAY, order });
const slugs = (picked: { slug: string }[]) => picked.map((t) => t.slug);
const none = () => false;

describe('nearestInTime', () => {
  const pool = timePool([
    timed('far-past', 1, 0),
    timed('z-before', 8, 1),
    timed('a-after', 12, 2),
    timed('same-day', 10, 3),
    timed('far-future', 30, 4),
    timed('undated-b', Number.NaN, 5),
    timed('undated-a', Number.NaN, 6),
  ]);

  it('walks outwards from the date, equal distances in slug order whichever side they are on', () => {
    expect(slugs(nearestInTime(pool, 10 * DAY, 3, none))).toEqual(['same-day', 'a-after', 'z-before']);
  });

  it('keeps walking while the next item is as close as the last one taken', () => {
    expect(slugs(nearestInTime(pool, 10 * DAY, 2, (t) => t.slug === 'same-day'))).toEqual(['a-after', 'z-before']);
    expect(slugs(nearestInTime(pool, 10 * DAY, 1, (t) => t.slug === 'same-day'))).toEqual(['a-after']);
  });

  it('puts undated items last, by slug, and leaves out what it is told to skip', () => {
    expect(slugs(nearestInTime(pool, 10 * DAY, 10, (t) => t.slug === 'far-past'))).toEqual([
      'same-day',
      'a-after',
      'z-before',
      'far-future',
      'undated-a',
      'undated-b',
    ]);
  });

  it('goes by slug alone when the date is unknown, and returns nothing for a count of 0', () => {
    expect(slugs(nearestInTime(pool, Number.NaN, 3, none))).toEqual(['a-after', 'far-future', 'far-past']);
    expect(nearestInTime(pool, 10 * DAY, 0, none)).toEqual([]);
  });

  it('answers from an empty pool', () => {
    expect(nearestInTime(timePool([]), 10 * DAY, 3, none)).toEqual([]);
  });
});
