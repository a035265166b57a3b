import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';
import { ReportError } from './report-error.ts';

describe('parseHeader', () => {
  it('category, title, date line', () => {
    const header = parseHeader(['KINH TẾ - CHÍNH TRỊ', 'Tiêu đề bài', 'Publish date 20/07/2022 | 17:49 | View count: 555', 'Đoạn một.']);
    expect(header).toEqual({
      category: 'KINH TẾ - CHÍNH TRỊ',
      title: 'Tiêu đề bài',
      date: { publishedAt: '2022-07-20T17:49:00+07:00', precision: 'datetime', views: 555 },
      bodyStart: 3,
      warnings: [],
    });
  });

  it('date line before the title', () => {
    const header = parseHeader(['10:34 15/12/2021', 'Tiêu đề bài', 'Đoạn một.']);
    expect([header.title, header.category, header.bodyStart, header.date.publishedAt]).toEqual(['Tiêu đề bài', null, 2, '2021-12-15T10:34:00+07:00']);
  });

  it('a date line followed by a view count line', () => {
    const header = parseHeader(['Tiêu đề', 'Cập nhật: 19/11/2020', 'Lượt xem: 5547', 'Đoạn một.']);
    expect([header.date, header.bodyStart]).toEqual([{ publishedAt: '2020-11-19T00:00:00+07:00', precision: 'date', views: 5547 }, 3]);
  });

  it('no date: a warning, and an upper-case first line is the category', () => {
    const header = parseHeader(['TIN TỨC', 'Tiêu đề bài', 'Đoạn một.']);
    expect([header.category, header.title, header.date.precision, header.warnings]).toEqual(['TIN TỨC', 'Tiêu đề bài', 'none', ['no publication date line found in the header']]);
  });

  it('an event date in the lead is not the publication date', () => {
    expect(parseHeader(['Tiêu đề bài', 'Chiều 19/7, hội nghị giao ban.', 'Đoạn hai.']).date.publishedAt).toBeNull();
  });

  it('a paragraph where the title should be is an error', () => {
    const paragraph = Array.from({ length: 70 }, () => 'chữ').join(' ');
    expect(() => parseHeader([paragraph])).toThrow(ReportError);
  });
});
