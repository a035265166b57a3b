import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { newsArticleJsonLd } from './news-article-json-ld.ts';

const article = (fields: Partial<Article>) =>
  ({ title: 'Tiêu đề', publishedAt: null, datePrecision: 'none', category: null, lead: null, authors: [], unit: null, district: null, province: null, source: { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8' }, ...fields }) as Article;
const URL = 'https://luutru.example.vn/bai-viet/tieu-de/';

describe('newsArticleJsonLd', () => {
  it('keeps the +07:00 offset and names the authors and their unit', () => {
    const data = newsArticleJsonLd(
      article({ publishedAt: '2022-07-20T17:49:00+07:00', datePrecision: 'datetime', authors: ['Thu An', 'Hữu Khánh'], unit: 'Trung tâm VHTT&TT huyện', district: 'Mỹ Đức', province: 'Hà Nội' }),
      URL,
      'Kho',
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      url: URL,
      datePublished: '2022-07-20T17:49:00+07:00',
      author: [
        { '@type': 'Person', name: 'Thu An' },
        { '@type': 'Person', name: 'Hữu Khánh' },
      ],
      publisher: { '@type': 'Organization', name: 'Trung tâm VHTT&TT huyện' },
      contentLocation: { name: 'Mỹ Đức, Hà Nội' },
    });
  });

  it('credits a report without named authors to its publisher, the archive when no unit is known', () => {
    const data = newsArticleJsonLd(article({}), URL, 'Kho lưu trữ');
    expect(data.author).toEqual([{ '@type': 'Organization', name: 'Kho lưu trữ' }]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Kho lưu trữ' });
  });

  it('describes the article with the summary the meta description gives, not a second copy of a long lead', () => {
    const lead = 'Đoạn mở đầu rất dài. '.repeat(40);
    expect(newsArticleJsonLd(article({ lead }), URL, 'Kho').description).toBe(lead.slice(0, 300));
  });

  it('leaves out what the report does not say, rather than inventing it', () => {
    const data = newsArticleJsonLd(article({}), URL, 'Kho');
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('articleSection');
    expect(data).not.toHaveProperty('contentLocation');
  });

  it('dates the article no more precisely than the report, and names the page it was archived from', () => {
    const source = { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, url: 'https://myduc.hanoi.gov.vn/tin/1' };
    const data = newsArticleJsonLd(article({ publishedAt: '2020-11-19T00:00:00+07:00', datePrecision: 'date', source }), URL, 'Kho');
    expect(data).toMatchObject({ datePublished: '2020-11-19', isBasedOn: 'https://myduc.hanoi.gov.vn/tin/1' });
  });
});
