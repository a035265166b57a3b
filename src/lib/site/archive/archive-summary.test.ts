import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { archiveSummary } from './archive-summary.ts';

const article = (fields: Partial<Article>) =>
  ({ title: 'Huyện ủy giao ban', authors: [], unit: null, publishedAt: null, datePrecision: 'none', district: null, province: null, source: { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8' }, ...fields }) as Article;

describe('archiveSummary', () => {
  it('counts articles, the date range, places and the sites of listed sources', () => {
    const summary = archiveSummary([
      article({ publishedAt: '2023-03-15T08:00:00+07:00', datePrecision: 'datetime', district: 'Mỹ Đức', province: 'Hà Nội', source: { file: 'a', sha256: '0'.repeat(64), encoding: 'utf-8', url: 'https://www.a.vn/1' } }),
      article({ publishedAt: '2020-05-05T09:00:00+07:00', datePrecision: 'date', district: 'Ba Chẽ', province: 'Quảng Ninh', source: { file: 'b', sha256: '0'.repeat(64), encoding: 'utf-8', url: 'https://a.vn/2' } }),
      article({}),
    ]);
    expect(summary).toMatchObject({ articles: 3, oldest: { year: 2020, month: 5, day: 5 }, newest: { year: 2023 }, districts: 2, provinces: 2, withUrl: 2, sites: 1 });
  });
});
