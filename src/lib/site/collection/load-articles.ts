import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticles } from './sort-articles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<ArticleEntry[]> | undefined;

/** Every article, newest first; sorted once per build, however many pages ask. */
export function loadArticles(): Promise<ArticleEntry[]> {
  sorted ??= getCollection('articles').then(sortArticles);
  return sorted;
}
