import type { Article } from '../../../schemas/article.ts';
import { formatMonth } from '../dates/format-date.ts';
import { groupByMonth } from './group-by-month.ts';
import { paths } from '../ui/paths.ts';
import { vi } from '../ui/vi.ts';

/** One month of a year's chart. */
export interface MonthBar {
  /** 1–12. */
  month: number;
  count: number;
  /** The month's listing, or null for a month without reports (which has no listing). */
  path: string | null;
  /** "Tháng 3/2023: 12 bài viết", what the bar says to a screen reader and on hover. */
  label: string;
}

/** Twelve bars, January to December, of one year's articles. */
export function monthBars<T extends { data: Article }>(year: string, items: T[]): MonthBar[] {
  const counts = new Map(groupByMonth(items).map(({ month, items: inMonth }) => [Number(month), inMonth.length]));
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const count = counts.get(month) ?? 0;
    return {
      month,
      count,
      path: count ? paths.month(year, String(month).padStart(2, '0')) : null,
      label: vi.chart.bar(formatMonth(Number(year), month), count),
    };
  });
}

/** Chart geometry, in SVG user units: the same drawing scales to any width. */
export const CHART = { slot: 20, bar: 14, height: 80, label: 14 } as const;

/** A bar's height: proportional to the count, never so thin that a month with one report disappears. */
export function barHeight(count: number, max: number, height: number = CHART.height): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(2, Math.round((count / max) * height));
}
