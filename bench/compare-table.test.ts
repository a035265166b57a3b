import { describe, expect, it } from 'vitest';
import { comparisonTable, type ComparedQuery } from './compare-table.ts';
import type { SearchMeasurement } from './measure-search-fs.ts';

const side = (queryKB: number, ms: number, results: number, shown: number, render = 10): SearchMeasurement => ({
  msRuns: [ms - 10, ms, ms + 30],
  query: '',
  results,
  beforeBytes: 100 * 1024,
  queryBytes: queryKB * 1024,
  visitBytes: 0,
  pageBytes: 0,
  ms,
  linkMs: 0,
  shown: Array.from({ length: shown }, (_, i) => `/bai-viet/${i}/`),
  shift: 0,
  steps: { index: 20, search: ms - 50, fragments: 20, render },
  transfers: [],
});
const row = (query: string, marks: boolean, ours: SearchMeasurement, stock: SearchMeasurement, oursAdjacent: number | null, stockAdjacent: number | null): ComparedQuery => ({ query, marks, ours, stock, oursAdjacent, stockAdjacent });

describe('comparisonTable', () => {
  const lines = comparisonTable({
    rows: [
      row('Đảng ủy', true, side(180, 200, 9000, 10, 30), side(200, 250, 9000, 10), 10, 4),
      row('giải phóng mặt bằng', true, side(170, 220, 3000, 10, 30), side(200, 260, 3000, 10), 9, 6),
      row('20-NQ/TU', true, side(40, 90, 300, 10, 30), side(40, 100, 300, 10), null, null),
      row('dang uy', false, side(180, 200, 9000, 10, 30), side(60, 120, 40, 10), 10, 10),
    ],
    ours: { each: [], median: { beforeBytes: 0, queryBytes: 0, visitBytes: 0, pageBytes: 0, ms: 0, linkMs: 0, shift: 0 } },
    stockSeconds: 21.5,
    runs: 3,
  });
  const text = lines.join('\n');

  it('prints each query side by side, ours then stock, with the byte ratio and how many of the first ten hold the phrase', () => {
    const line = lines.find((l) => l.startsWith('Đảng ủy'))!;
    expect(line).toContain('180.0 / 200.0');
    expect(line).toContain('0.90');
    expect(line).toContain('200 / 250');
    expect(line).toContain('10/10 / 4/10');
    expect(lines.find((l) => l.startsWith('20-NQ/TU'))).toContain('– / –');
  });

  it('sums up each group apart: medians of the ratios, times and shares', () => {
    const marks = text.slice(text.indexOf('Typed with marks'), text.indexOf('Typed without'));
    expect(marks).toContain('median of ours ÷ stock per query 0.90');
    expect(marks).toContain('ours 200, stock 250');
    expect(marks).toContain('ours 9.5/10 (lowest 9.0), stock 5.0/10 (lowest 4.0)');
    const plain = text.slice(text.indexOf('Typed without'));
    expect(plain).toContain('median of ours ÷ stock per query 3.00');
    expect(plain).toContain('results found: ours more than stock on 1 of 1 queries, fewer on 0; median ours ÷ stock 225.00');
  });

  it('counts the queries that meet each target, and prints every run of each query', () => {
    const marks = text.slice(text.indexOf('Typed with marks'), text.indexOf('Typed without'));
    expect(marks).toContain('per query: ours ≤ 0.9 × stock\'s bytes on 2 of 3, ours ≤ stock\'s ms on 3 of 3');
    expect(text).toContain('each of the 3 runs');
    expect(lines.find((l) => l.startsWith('  Đảng ủy'))).toBe('  Đảng ủy                 190  200  230 |  240  250  280');
  });

  it('prints where the milliseconds go on each side, step by step', () => {
    expect(text).toContain('  ours:  index 20, search 150, fragments 20, render 30');
    expect(text).toContain('  stock: index 20, search 135, fragments 20, render 10');
  });
});
