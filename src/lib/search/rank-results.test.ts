import { describe, expect, it } from 'vitest';
import { planQuery } from './prepare-query.ts';
import { FIT, hasRun, markedRanges, orderByPositions, textFit } from './rank-results.ts';

describe('hasRun', () => {
  it.each([
    [[4, 9, 10], 2, true],
    [[4, 9, 11], 2, false],
    [[12, 10, 11, 11], 3, true],
    [[1, 2, 4, 5], 3, false],
    [[7], 1, true],
    [[], 1, false],
  ])('%j holds a run of %i: %s', (positions, length, expected) => {
    expect(hasRun(positions, length)).toBe(expected);
  });
});

describe('orderByPositions', () => {
  const hit = (id: string, words: number[]) => ({ id, words });
  const ids = (list: { id: string }[]) => list.map((result) => result.id);

  it('puts results that can hold the phrase first, each group in the given order', () => {
    const results = [hit('apart', [1, 5, 9]), hit('together', [30, 31, 32]), hit('pair', [3, 4, 8]), hit('late', [2, 50, 51, 52])];
    expect(ids(orderByPositions(results, planQuery('duong tinh lo')))).toEqual(['together', 'late', 'apart', 'pair']);
  });

  it('keeps the given order when the reader sorted by date, still leaving out what lacks a quoted phrase', () => {
    const results = [hit('apart', [1, 5, 9]), hit('together', [30, 31, 32])];
    expect(ids(orderByPositions(results, planQuery('duong tinh lo'), { rank: false }))).toEqual(['apart', 'together']);
    expect(ids(orderByPositions(results, planQuery('"duong tinh lo"'), { rank: false }))).toEqual(['together']);
  });

  it('leaves one-word queries in Pagefind order', () => {
    const results = [hit('a', [5]), hit('b', [1, 2])];
    expect(ids(orderByPositions(results, planQuery('huyện')))).toEqual(['a', 'b']);
  });

  it('drops results that cannot hold a quoted phrase, and keeps the rest of the query loose', () => {
    const results = [hit('apart', [1, 5, 9, 20]), hit('quoted', [3, 4, 5, 6, 40]), hit('both', [10, 11, 12, 13, 14, 15])];
    expect(ids(orderByPositions(results, planQuery('ket qua "hoi nghi giao ban"')))).toEqual(['both', 'quoted']);
  });
});

describe('textFit', () => {
  it.each([
    ['Ban Thường vụ Huyện uỷ khoá XXV', 'Huyện uỷ khoá', FIT.exact],
    ['Ban Thường vụ Huyện ủy khóa XXV', 'Huyện uỷ khoá', FIT.phrase],
    ['Ban Thường vụ Huyện ủy khóa XXV', 'huyen uy khoa', FIT.phrase],
    ['khóa họp của Huyện ủy', 'huyen uy khoa', FIT.words],
    ['Nghị quyết 20-NQ/HU', 'nghị quyết 20-NQ/TU', null],
    ['hội nghị, giao ban', '"hội nghị giao ban"', null],
    ['tổ chức hội nghị giao ban', 'tổ chức "hội nghị giao ban" tháng', FIT.words],
  ])('%j for %j', (text, query, fit) => {
    expect(textFit(text, planQuery(query))).toBe(fit);
  });
});

describe('markedRanges', () => {
  const marked = (text: string, query: string, whole?: string) =>
    markedRanges(text, planQuery(query), whole).map(([start, end]) => text.slice(start, end));

  it('marks the phrase, not the same syllables elsewhere', () => {
    expect(marked('Huyện ủy giải quyết; Đảng ủy xã', 'dang uy')).toEqual(['Đảng ủy']);
  });

  it('marks the words when the phrase is nowhere in the document', () => {
    expect(marked('Đảng bộ và ủy ban', 'dang uy')).toEqual(['Đảng', 'ủy']);
  });

  it('marks nothing in a part of a document that has the phrase elsewhere', () => {
    expect(marked('ủy ban', 'dang uy', 'Đảng ủy xã. ủy ban')).toEqual([]);
  });

  it('marks a required phrase when the whole query is not a phrase', () => {
    expect(marked('triển khai Nghị quyết 20-NQ/TU của Tỉnh ủy', 'tỉnh ủy 20-NQ/TU')).toEqual(['20-NQ/TU']);
  });
});
