import type { ArticleEntry } from '../collection/load-articles.ts';
import { neighbours } from './neighbours.ts';
import { relatedArticles } from './related-articles.ts';

/** What an article page shows besides its own file: its neighbours in time and the articles related to it. */
export interface ArticlePageProps {
  entry: ArticleEntry;
  older: ArticleEntry | undefined;
  newer: ArticleEntry | undefined;
  related: ArticleEntry[];
}

/** The props of every article page, from the whole archive (newest first). */
export function articlePages(all: ArticleEntry[]): ArticlePageProps[] {
  return all.map((entry) => ({ entry, ...neighbours(all, entry), related: relatedArticles(entry, all) }));
}
