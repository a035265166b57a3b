import { describe, expect, it } from 'vitest';
import { buildRows, type BuildRun } from './build-rows.ts';

const step = (seconds: number, peakMB: number) => ({ seconds, peakMB });
const run = (ingest: number, astro: number, pagefind: number, plain: number, plainConcurrent = plain / 2): BuildRun => ({
  ingest: step(ingest, 100),
  astro: step(astro, 900),
  pagefind: step(pagefind, 1200),
  plain: step(plain, 800),
  plainConcurrent: step(plainConcurrent, 700),
});

describe('buildRows', () => {
  it('compares ingest + Astro with the plain build and shows Pagefind apart and in a total', () => {
    const rows = buildRows(1000, [run(1, 11, 3, 10)]);
    expect(rows.map((r) => [r.label, r.seconds, r.ratio, r.ratioConcurrent])).toEqual([
      ['plain Astro build', 10, 1, null],
      ['plain, our concurrency', 5, 0.5, null],
      ['ours: ingest', 1, null, null],
      ['ours: Astro build', 11, null, null],
      ['ours: ingest + Astro', 12, 1.2, 2.4],
      ['Pagefind step (search)', 3, null, null],
      ['ours + Pagefind', 15, 1.5, 3],
    ]);
    expect(rows.map((r) => r.peakMB)).toEqual([800, 700, 100, 900, 900, 1200, 1200]);
    expect(rows[4]!.msPerArticle).toBe(12);
  });

  it('takes medians over runs, summing each run before the median', () => {
    const rows = buildRows(100, [run(1, 10, 1, 10), run(5, 1, 1, 8), run(2, 12, 1, 30)]);
    const ours = rows.find((r) => r.label === 'ours: ingest + Astro')!;
    // Per-run totals 11, 6, 14 → 11; plain 10, 8, 30 → 10.
    expect(ours.seconds).toBe(11);
    expect(ours.ratio).toBe(1.1);
  });
});
