import { groupDocuments, type DocumentGroup } from '../archive/group-documents.ts';
import { groupOfficials, type OfficialGroup } from '../archive/group-officials.ts';
import { loadArticles, type ArticleEntry } from './load-articles.ts';

export interface Entities {
  officials: OfficialGroup<ArticleEntry>[];
  documents: DocumentGroup<ArticleEntry>[];
  /** Page slug of each official and document, by the key an article's entity has. */
  officialSlugs: Map<string, string>;
  documentSlugs: Map<string, string>;
}

let entities: Promise<Entities> | undefined;

/** The archive's officials and documents, grouped once per build however many pages ask. */
export function loadEntities(): Promise<Entities> {
  entities ??= loadArticles().then((articles) => {
    const officials = groupOfficials(articles, (entry) => entry.data);
    const documents = groupDocuments(articles, (entry) => entry.data);
    return {
      officials,
      documents,
      officialSlugs: new Map(officials.map((group) => [group.key, group.slug])),
      documentSlugs: new Map(documents.map((group) => [group.key, group.slug])),
    };
  });
  return entities;
}
