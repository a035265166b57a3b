import { documentKey, type DocumentGroup } from '../archive/group-documents.ts';
import type { OfficialGroup } from '../archive/group-officials.ts';
import type { ArticleEntry } from '../collection/load-articles.ts';
import { paths } from '../ui/paths.ts';

/** Turns a site path into the absolute URL it is published at. */
export type UrlOf = (path: string) => string;

/**
 * The whole collection as one JSON document: every article's record and body (`bodies`,
 * in the same order), and the grouped officials and documents.
 */
export function openDataJson(articles: ArticleEntry[], bodies: string[], officials: OfficialGroup<ArticleEntry>[], documents: DocumentGroup<ArticleEntry>[], url: UrlOf) {
  return {
    articles: articles.map(({ data }, i) => ({ url: url(paths.article(data.slug)), ...data, body: bodies[i] })),
    officials: officials.map((group) => ({
      slug: group.slug,
      url: url(paths.official(group.slug)),
      name: group.name,
      province: group.province,
      positions: group.positions,
      articles: group.mentions.map(({ item }) => item.data.slug),
    })),
    documents: documents.map((group) => ({
      slug: group.slug,
      url: url(paths.document(group.slug)),
      ...group.document,
      date: group.date,
      articles: group.citations.map((item) => item.data.slug),
    })),
  };
}

export const ARTICLE_COLUMNS = [
  'slug', 'url', 'title', 'published_at', 'date_precision', 'views', 'category', 'byline', 'authors', 'unit', 'district', 'province', 'lead',
  'meeting_kind', 'meeting_session', 'meeting_body', 'meeting_organ', 'meeting_term', 'meeting_tenure', 'meeting_date', 'meeting_part_of_day',
  'officials', 'documents', 'source_file', 'source_sha256', 'source_url', 'source_site', 'source_fetched_at',
];

/** One row per article; lists (authors, officials, documents) joined with "; ". */
export function articleRows(articles: ArticleEntry[], url: UrlOf) {
  return articles.map(({ data }) => {
    const meeting = data.meeting;
    return [
      data.slug, url(paths.article(data.slug)), data.title, data.publishedAt, data.datePrecision, data.views, data.category, data.byline,
      data.authors.join('; '), data.unit, data.district, data.province, data.lead,
      meeting?.kind ?? null, meeting?.session ?? null, meeting?.body ?? null, meeting?.organ ?? null, meeting?.term ?? null,
      meeting?.tenure ?? null, meeting?.date ?? null, meeting?.partOfDay ?? null,
      data.officials.map((official) => official.name).join('; '), data.documents.map((document) => document.id).join('; '),
      data.source.file, data.source.sha256, data.source.url ?? null, data.source.site ?? null, data.source.fetchedAt ?? null,
    ];
  });
}

export const OFFICIAL_COLUMNS = ['official_slug', 'name', 'province', 'article_slug', 'published_at', 'position_stated', 'position_title'];

/** One row per position stated in one article: who, where, when, and the words used. */
export function officialRows(officials: OfficialGroup<ArticleEntry>[]) {
  return officials.flatMap((group) =>
    group.mentions.flatMap(({ item, positions }) =>
      positions.map((position) => [group.slug, group.name, group.province, item.data.slug, item.data.publishedAt, position.stated, position.title]),
    ),
  );
}

export const DOCUMENT_COLUMNS = ['document_slug', 'id', 'kind', 'system', 'number', 'year', 'type_code', 'issuer', 'level', 'scope', 'signing_date', 'article_slug', 'published_at', 'cited'];

/** One row per citation, oldest first within each document, with the words each report cited it in. */
export function documentRows(documents: DocumentGroup<ArticleEntry>[]) {
  return documents.flatMap((group) =>
    group.citations.map((item) => {
      const cited = item.data.documents.find((document) => documentKey(document, item.data) === group.key)!;
      const { id, kind, system, number, year, typeCode, issuer, level, scope } = group.document;
      return [group.slug, id, kind, system, number, year, typeCode, issuer, level, scope, group.date, item.data.slug, item.data.publishedAt, cited.cited];
    }),
  );
}
