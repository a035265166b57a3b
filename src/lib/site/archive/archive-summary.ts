import type { Article } from '../../../schemas/article.ts';
import { siteNameOf } from '../../provenance/site-name.ts';
import { publishedDate, type DateParts } from '../dates/date-parts.ts';
import { groupByFacet } from './facets.ts';

/** What the about page says the archive holds. */
export interface ArchiveSummary {
  articles: number;
  /** The oldest and newest publication dates, or null when nothing is dated. */
  oldest: DateParts | null;
  newest: DateParts | null;
  districts: number;
  provinces: number;
  /** Articles whose original address the source list gives, and the sites they come from. */
  withUrl: number;
  sites: number;
}

/** Counts for the about page, from the articles newest first. */
export function archiveSummary(newestFirst: Article[]): ArchiveSummary {
  const dated = newestFirst.filter((article) => publishedDate(article));
  const sourced = newestFirst.filter((article) => article.source.url);
  return {
    articles: newestFirst.length,
    oldest: dated.length ? publishedDate(dated.at(-1)!) : null,
    newest: dated.length ? publishedDate(dated[0]!) : null,
    districts: groupByFacet(newestFirst, 'district', (a) => a).length,
    provinces: groupByFacet(newestFirst, 'province', (a) => a).length,
    withUrl: sourced.length,
    sites: new Set(sourced.map((article) => siteNameOf(article.source))).size,
  };
}
