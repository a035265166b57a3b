import type { Article } from '../../../schemas/article.ts';
import { monthKey, publishedDate } from '../dates/date-parts.ts';

/**
 * Dated items of one year grouped by month ("07"), months in calendar order, items in
 * their given order. Items dated to the year only never get here: every stored date has
 * a month.
 */
export function groupByMonth<T extends { data: Article }>(items: T[]): { month: string; items: T[] }[] {
  const dated = items.flatMap((item) => {
    const date = publishedDate(item.data);
    return date ? [{ item, month: monthKey(date) }] : [];
  });
  const months = Map.groupBy(dated, (entry) => entry.month);
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, grouped]) => ({ month, items: grouped.map((entry) => entry.item) }));
}
