import type { Article } from '../../schemas/article.ts';

/**
 * schema.org NewsArticle for an article page. `datePublished` keeps the +07:00 offset
 * as stored; the publisher is the unit that wrote it when the byline names one. A report
 * that names no author is credited to its publisher, since search engines expect one.
 */
export function newsArticleJsonLd(article: Article, url: string, siteName: string): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: article.unit ?? siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: 'vi',
    url,
    mainEntityOfPage: url,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.category ? { articleSection: article.category } : {}),
    ...(article.lead ? { description: article.lead } : {}),
    author: article.authors.length ? article.authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    ...(article.district || article.province
      ? { contentLocation: { '@type': 'Place', name: [article.district, article.province].filter(Boolean).join(', ') } }
      : {}),
  };
}
