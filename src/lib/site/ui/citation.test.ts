import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { citation } from './citation.ts';

const article = (fields: Partial<Article>) =>
  ({ title: 'Huyện ủy giao ban', authors: [], unit: null, publishedAt: null, datePrecision: 'none', district: null, province: null, source: { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8' }, ...fields }) as Article;

describe('citation', () => {
  it('names the author, year, title, site, date, address and the archived copy', () => {
    const cited = article({ authors: ['Quang Minh'], publishedAt: '2023-03-15T08:00:00+07:00', datePrecision: 'datetime', source: { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8', url: 'https://myduc.hanoi.gov.vn/1', site: 'Cổng thông tin huyện Mỹ Đức' } });
    expect(citation(cited, 'Kho', 'https://kho.vn/bai-viet/a/')).toBe(
      'Quang Minh (2023), “Huyện ủy giao ban”, Cổng thông tin huyện Mỹ Đức, đăng ngày 15/3/2023, địa chỉ gốc: https://myduc.hanoi.gov.vn/1, bản lưu tại Kho: https://kho.vn/bai-viet/a/',
    );
  });

  it('says the year is unknown and leaves out what the record lacks', () => {
    expect(citation(article({ unit: 'Trung tâm VHTT&TT' }), 'Kho', 'https://kho.vn/x/')).toBe('Trung tâm VHTT&TT (không rõ năm), “Huyện ủy giao ban”, bản lưu tại Kho: https://kho.vn/x/');
  });

  it('names a site credited as the author only once', () => {
    const cited = article({ publishedAt: '2022-10-09T00:00:00+07:00', datePrecision: 'date', source: { file: 'a.txt', sha256: '0'.repeat(64), encoding: 'utf-8', url: 'https://danvanbinhphuoc.vn/1' } });
    expect(citation(cited, 'Kho', 'https://kho.vn/a/')).toBe('danvanbinhphuoc.vn (2022), “Huyện ủy giao ban”, đăng ngày 9/10/2022, địa chỉ gốc: https://danvanbinhphuoc.vn/1, bản lưu tại Kho: https://kho.vn/a/');
  });
});
