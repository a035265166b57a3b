import { describe, expect, it } from 'vitest';
import { findMatches, findPhrases, queryTerms } from './find-matches.ts';

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

describe('findPhrases', () => {
  const phrases = (text: string, query: string, exact = false) =>
    findPhrases(text, query, { exact }).map(([start, end]) => text.slice(start, end));

  it.each([
    ['Huyện ủy và Ban Thường vụ Đảng ủy xã', 'dang uy', ['Đảng ủy']],
    ['giải quyết việc giải phóng mặt bằng', 'giai phong mat bang', ['giải phóng mặt bằng']],
    ['đường, tình hình, lòng; đường tỉnh lộ 330', 'duong tinh lo', ['đường tỉnh lộ']],
    ['ủy Đảng, Đảng\u00a0ủy', 'dang uy', ['Đảng\u00a0ủy']],
    ['Đảng bộ, ủy ban', 'dang uy', []],
    ['Nghị quyết 20-NQ/TU ngày', '20-NQ/TU', ['20-NQ/TU']],
    ['Đảng ủy'.normalize('NFD'), 'dang uy', ['Đảng ủy'.normalize('NFD')]],
  ])('%j / %j', (text, query, expected) => {
    expect(phrases(text, query)).toEqual(expected);
  });

  it('with exact, tone marks and their placement must be as typed, case aside', () => {
    expect(phrases('Huyện uỷ khoá XXV', 'huyện uỷ khoá', true)).toEqual(['Huyện uỷ khoá']);
    expect(phrases('Huyện ủy khóa XXV', 'huyện uỷ khoá', true)).toEqual([]);
    expect(phrases('Huyện ủy khóa XXV', 'huyện uỷ khoá')).toEqual(['Huyện ủy khóa']);
  });

  it('finds the phrase where it stands when a letter before it changes length as it is folded', () => {
    // "İ" lower-cases to two characters: the text is then folded letter by letter, with offsets.
    expect(phrases('İzmir, Đảng ủy', 'đảng ủy', true)).toEqual(['Đảng ủy']);
    expect(phrases('İzmir, Đảng ủy', 'dang uy')).toEqual(['Đảng ủy']);
  });
});
