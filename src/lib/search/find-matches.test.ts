import { describe, expect, it } from 'vitest';
import { findMatches, queryTerms } from './find-matches.ts';

const marked = (text: string, query: string) =>
  findMatches(text, queryTerms(query)).map(([start, end]) => text.slice(start, end));

describe('findMatches', () => {
  it.each([
    ['Hội nghị Đảng ủy huyện', 'dang uy', ['Đảng', 'ủy']],
    ['Huyện uỷ khoá XXV', 'Huyện ủy khóa', ['Huyện', 'uỷ', 'khoá']],
    ['giải phóng mặt bằng', '"giai phong mat bang"', ['giải', 'phóng', 'mặt', 'bằng']],
    ['huyện Mỹ Đức, Hà Nội', 'my duc', ['Mỹ', 'Đức']],
    ['Nghị quyết số 20-NQ/TU ngày', '20-NQ/TU', ['20-NQ/TU']],
    ['dang dở, đang làm', 'đang', ['dang', 'đang']],
    ['Đảng bộ', 'Đảng'.normalize('NFD'), ['Đảng']],
  ])('%j / %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it('matches whole words only', () => {
    expect(marked('đại hội, hội nghị', 'hoi')).toEqual(['hội', 'hội']);
    expect(marked('thôn Đông', 'ong')).toEqual([]);
  });
});
