import { documentKey } from './group-documents.ts';
import { officialKey } from './group-officials.ts';
import type { Entities } from '../collection/load-entities.ts';
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

/**
 * A key that changes whenever anything the article page shows changes, for Astro's
 * incremental build, which copies the last build's page instead of rendering it again
 * while the key and the page's code are unchanged: the article's file (its digest), the
 * files of its neighbours and related articles, and the page slugs of the officials and
 * documents it links to, which depend on the rest of the archive.
 */
export function articlePageKey({ entry, older, newer, related }: ArticlePageProps, { officialSlugs, documentSlugs }: Entities): string {
  const { officials, documents } = entry.data;
  return JSON.stringify([
    entry.digest,
    older?.digest,
    newer?.digest,
    related.map((article) => article.digest),
    officials.map((official) => officialSlugs.get(officialKey(official, entry.data))),
    documents.map((document) => documentSlugs.get(documentKey(document, entry.data))),
  ]);
}
