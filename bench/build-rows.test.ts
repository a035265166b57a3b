import { describe, expect, it } from 'vitest';
import { buildRows, type BuildRun } from './build-rows.ts';

const step = (seconds: number, peakMB: number) => ({ seconds, peakMB });
const run = (ingest: number, astro: number, pagefind: number, plain: number, plainConcurrent = plain / 2): BuildRun => ({
  ingest: step(ingest, 100),
  astro: step(astro, 900),
  pagefind: step(pagefind, 1200),
  stockPagefind: step(pagefind / 2, 1000),
  plain: step(plain, 800),
  plainConcurrent: step(plainConcurrent, 700),
});

describe('buildRows', () => {
  it('compares ingest + Astro with the plain build, and Pagefind with stock Pagefind, apart and in a total', () => {
    const rows = buildRows(1000, [run(1, 11, 3, 10)]);
    expect(rows.map((r) => [r.label, r.seconds, r.ratio, r.ratioConcurrent, r.ratioStock])).toEqual([
      ['plain Astro build', 10, 1, null, null],
      ['plain, our concurrency', 5, 0.5, null, null],
      ['ours: ingest', 1, null, null, null],
      ['ours: Astro build', 11, null, null, null],
      ['ours: ingest + Astro', 12, 1.2, 2.4, null],
      ['Pagefind step (search)', 3, null, null, 2],
      ['stock Pagefind, same site', 1.5, null, null, null],
      ['ours + Pagefind', 15, 1.5, 3, null],
    ]);
    expect(rows.map((r) => r.peakMB)).toEqual([800, 700, 100, 900, 900, 1200, 1000, 1200]);
    expect(rows[4]!.msPerArticle).toBe(12);
  });

  it('takes medians over runs, summing each run before the median', () => {
    const rows = buildRows(100, [run(1, 10, 1, 10), run(5, 1, 1, 8), run(2, 12, 1, 30)]);
    const ours = rows.find((r) => r.label === 'ours: ingest + Astro')!;
    // Per-run totals 11, 6, 14 → 11; plain 10, 8, 30 → 10.
    expect(ours.seconds).toBe(11);
    expect(ours.ratio).toBe(1.1);
  });

  it('shows a plain build that failed with its reason and no ratios, and leaves out one not run', () => {
    const failed = { ...run(5, 50, 40, 0), plain: { seconds: 600, peakMB: 3200, failed: 'RangeError: Invalid string length' }, plainConcurrent: null };
    const rows = buildRows(100_000, [failed]);
    expect(rows.find((r) => r.label === 'plain Astro build')).toMatchObject({ seconds: 600, failed: 'RangeError: Invalid string length', ratio: null });
    expect(rows.some((r) => r.label === 'plain, our concurrency')).toBe(false);
    expect(rows.find((r) => r.label === 'ours: ingest + Astro')).toMatchObject({ seconds: 55, ratio: null, ratioConcurrent: null });
  });
});
