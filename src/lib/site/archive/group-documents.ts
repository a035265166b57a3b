import type { Article } from '../../../schemas/article.ts';
import type { CitedDocument } from '../../../schemas/entities.ts';
import { documentIdentity } from '../../extract/document-identity.ts';
import { slugify } from '../../vietnamese/slugify.ts';
import { uniqueSlugs } from './unique-slugs.ts';

/** One cited document across the archive. */
export interface DocumentGroup<T> {
  key: string;
  slug: string;
  /** The document as first cited in the given order. */
  document: CitedDocument;
  /** Signing date from any citation that prints one, or null. */
  date: string | null;
  /** Every report citing it, oldest first. */
  citations: T[];
}

/**
 * Which document a citation means: its number (leading zeros aside) and codes, and for
 * a local issuer the place it belongs to, so Quảng Ninh's "20-NQ/TU" is not Hà Nội's.
 * A local document whose place is unknown is not merged with any other report's.
 */
export function documentKey(document: CitedDocument, article: Article): string {
  const place = document.level === 'national' ? '' : (document.scope ?? `?${article.slug}`);
  return `${documentIdentity(document.id)}|${place}`;
}

/**
 * Groups the documents cited in `items` (articles, newest first) into one entry per
 * document, with its citing reports oldest first, sorted by kind and then by number.
 */
export function groupDocuments<T>(items: T[], article: (item: T) => Article): DocumentGroup<T>[] {
  const groups = new Map<string, DocumentGroup<T>>();
  for (const item of items.toReversed()) {
    const data = article(item);
    for (const document of data.documents) {
      const key = documentKey(document, data);
      const group = groups.get(key) ?? { key, slug: slugify([document.id, document.scope ?? ''].join(' ')), document, date: null, citations: [] };
      group.date ??= document.date;
      group.citations.push(item);
      groups.set(key, group);
    }
  }
  return uniqueSlugs([...groups.values()]).sort(
    (a, b) => a.document.kind.localeCompare(b.document.kind, 'vi') || a.document.id.localeCompare(b.document.id, 'vi', { numeric: true }) || a.slug.localeCompare(b.slug),
  );
}
