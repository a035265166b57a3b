import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { groupByMonth } from './group-by-month.ts';

const entry = (slug: string, publishedAt: string | null) => ({ data: { slug, publishedAt } as Article });

describe('groupByMonth', () => {
  it('groups by month in calendar order, keeping the items in their order and skipping undated ones', () => {
    const groups = groupByMonth([
      entry('dec-late', '2021-12-15T10:34:00+07:00'),
      entry('dec-early', '2021-12-01T08:00:00+07:00'),
      entry('apr', '2021-04-02T13:49:00+07:00'),
      entry('undated', null),
    ]);
    expect(groups.map(({ month, items }) => [month, items.map((e) => e.data.slug)])).toEqual([
      ['04', ['apr']],
      ['12', ['dec-late', 'dec-early']],
    ]);
  });
});
