import type { Article } from '../../../schemas/article.ts';

/** Newest first; undated articles last; ties broken by slug so every build orders them the same. */
export function sortArticles<T extends { data: Article }>(entries: T[]): T[] {
  return entries.toSorted(
    (a, b) =>
      (b.data.publishedAt ?? '').localeCompare(a.data.publishedAt ?? '') || a.data.slug.localeCompare(b.data.slug),
  );
}
