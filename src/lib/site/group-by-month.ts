import type { Article } from '../../schemas/article.ts';

/**
 * Dated items of one year grouped by month ("07"), months in calendar order, items in
 * their given order. Items dated to the year only never get here: every stored date has
 * a month.
 */
export function groupByMonth<T extends { data: Article }>(items: T[]): { month: string; items: T[] }[] {
  const months = Map.groupBy(
    items.filter((item) => item.data.publishedAt),
    (item) => item.data.publishedAt!.slice(5, 7),
  );
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, grouped]) => ({ month, items: grouped }));
}
