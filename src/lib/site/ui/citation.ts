import type { Article } from '../../../schemas/article.ts';
import { siteNameOf } from '../../provenance/site-name.ts';
import { publishedDate } from '../dates/date-parts.ts';
import { formatShortDate } from '../dates/format-date.ts';

/**
 * How to cite an archived report, in the order Vietnamese reference lists use: author or
 * unit, title in quotes, the site it was published on, its date, then this archive's copy.
 * "Quang Minh (2023), “Huyện ủy giao ban…”, Cổng thông tin huyện Mỹ Đức, đăng ngày 15/3/2023, bản lưu: <url>".
 */
export function citation(article: Article, archiveName: string, archiveUrl: string): string {
  const date = publishedDate(article);
  const site = siteNameOf(article.source);
  const who = article.authors.join(', ') || article.unit || site;
  return [
    `${who ? `${who} ` : ''}${date ? `(${date.year})` : '(không rõ năm)'}`,
    `“${article.title}”`,
    who !== site && site,
    date && `đăng ngày ${formatShortDate(date)}`,
    article.source.url && `địa chỉ gốc: ${article.source.url}`,
    `bản lưu tại ${archiveName}: ${archiveUrl}`,
  ]
    .filter(Boolean)
    .join(', ');
}
