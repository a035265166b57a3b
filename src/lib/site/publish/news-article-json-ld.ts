import type { Article } from '../../../schemas/article.ts';
import { isoDate, publishedDate } from '../dates/date-parts.ts';
import { pageSummary } from '../ui/summary.ts';

/**
 * schema.org NewsArticle for an article page. `datePublished` is as precise as the report
 * (a time keeps its +07:00 offset); the publisher is the unit that wrote it when the byline names one. A report
 * that names no author is credited to its publisher, since search engines expect one.
 */
export function newsArticleJsonLd(article: Article, url: string, siteName: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: article.unit ?? siteName };
  const published = publishedDate(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: 'vi',
    url,
    mainEntityOfPage: url,
    ...(published ? { datePublished: isoDate(published) } : {}),
    ...(article.category ? { articleSection: article.category } : {}),
    ...(article.lead ? { description: pageSummary(article.lead) } : {}),
    author: article.authors.length ? article.authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    // The page this copy was archived from, when the archivist's source list gives it.
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
    ...(article.district || article.province
      ? { contentLocation: { '@type': 'Place', name: [article.district, article.province].filter(Boolean).join(', ') } }
      : {}),
  };
}
