import { describe, expect, it } from 'vitest';
import { bySlug } from './by-slug.ts';

describe('bySlug', () => {
  it('orders by slug as localeCompare does, then by position for equal slugs', () => {
    const items = [
      { slug: 'b', order: 0 },
      { slug: 'a-2', order: 1 },
      { slug: 'a', order: 3 },
      { slug: 'a', order: 2 },
    ];
    expect(items.sort(bySlug)).toEqual([
      { slug: 'a', order: 2 },
      { slug: 'a', order: 3 },
      { slug: 'a-2', order: 1 },
      { slug: 'b', order: 0 },
    ]);
  });
});
