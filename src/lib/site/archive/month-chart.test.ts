import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { barHeight, monthBars } from './month-chart.ts';

const entry = (publishedAt: string, datePrecision: Article['datePrecision'] = 'datetime') => ({ data: { slug: publishedAt, publishedAt, datePrecision } as Article });

describe('monthBars', () => {
  it('gives twelve months, a link and a count for each month with reports and none for the others', () => {
    const bars = monthBars('2021', [entry('2021-12-15T10:34:00+07:00'), entry('2021-12-01T00:00:00+07:00', 'month'), entry('2021-04-02T13:49:00+07:00')]);
    expect(bars).toHaveLength(12);
    expect(bars.filter((bar) => bar.count > 0)).toEqual([
      { month: 4, count: 1, path: '/nam/2021/thang-04/', label: 'Tháng 4/2021: 1 bài viết' },
      { month: 12, count: 2, path: '/nam/2021/thang-12/', label: 'Tháng 12/2021: 2 bài viết' },
    ]);
    expect(bars[0]).toEqual({ month: 1, count: 0, path: null, label: 'Tháng 1/2021: 0 bài viết' });
  });
});

describe('barHeight', () => {
  it('scales to the busiest month and keeps a single report visible', () => {
    expect(barHeight(10, 10, 80)).toBe(80);
    expect(barHeight(5, 10, 80)).toBe(40);
    expect(barHeight(1, 1000, 80)).toBe(2);
    expect(barHeight(0, 10, 80)).toBe(0);
  });
});
