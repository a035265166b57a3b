import { describe, expect, it } from 'vitest';
import type { SearchMeasurement } from './measure-search-fs.ts';
import { searchTable } from './search-table.ts';

const measurement = (query: string, indexBytes: number): SearchMeasurement => ({
  query,
  results: 3,
  beforeBytes: 2048,
  queryBytes: indexBytes + 1024,
  visitBytes: 2048 + indexBytes + 1024 + 512,
  pageBytes: 9000,
  ms: 120.4,
  linkMs: 300,
  shown: [],
  shift: 0.0123,
  steps: { index: 20, search: indexBytes / 100, fragments: 30, render: 10 },
  transfers: [
    { url: 'http://h/pagefind/pagefind.vi_1.pf_meta', kind: 'meta', phase: 'before', bytes: 2048, started: -500, finished: -490 },
    { url: 'http://h/pagefind/index/vi_2.pf_index', kind: 'index', phase: 'query', bytes: indexBytes, started: 5, finished: 20 },
    { url: 'http://h/pagefind/fragment/vi_3.pf_fragment', kind: 'fragment', phase: 'query', bytes: 1024, started: 60, finished: 90 },
    { url: 'http://h/pagefind/filter/vi_4.pf_filter', kind: 'filter', phase: 'after', bytes: 512, started: 130, finished: 140 },
    { url: 'http://h/tim-kiem/', kind: undefined, phase: 'before', bytes: 5416, started: -600, finished: -590 },
  ],
});

describe('searchTable', () => {
  const lines = searchTable({
    each: [measurement('dang uy', 4096), measurement('my duc', 10240)],
    median: { beforeBytes: 2048, queryBytes: 8192, visitBytes: 10752, pageBytes: 9000, ms: 120.4, linkMs: 300, shift: 0.0123 },
  });

  it('prints a row per query and the medians, in KB, ms and layout shift', () => {
    expect(lines[1]).toMatch(/^dang uy\s+3\s+2\.0\s+5\.0\s+7\.5\s+8\.8\s+120\s+300\s+0\.012$/);
    expect(lines.find((line) => line.startsWith('median'))).toMatch(/8\.0\s+10\.5\s+8\.8\s+120\s+300\s+0\.012$/);
  });

  it('splits the Pagefind bytes by file and phase, leaving out files never loaded', () => {
    expect(lines.find((line) => line.trim().startsWith('index'))).toMatch(/0\.0 \/\s+7\.0 \/\s+0\.0$/);
    expect(lines.find((line) => line.trim().startsWith('filter'))).toMatch(/0\.0 \/\s+0\.0 \/\s+0\.5$/);
    expect(lines.some((line) => line.trim().startsWith('wasm'))).toBe(false);
  });

  it('gives the median of each step', () => {
    expect(lines).toContain('Milliseconds to the first ten, median by step: index 20, search 72, fragments 30, render 10');
  });
});
