import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_REPORTS, progressHandler, showsProgress, type Bar } from './progress.ts';

function fakeBar() {
  const calls: string[] = [];
  const bar: Bar = {
    start: (total, value) => calls.push(`start ${value}/${total}`),
    update: (value) => calls.push(`update ${value}`),
    stop: () => calls.push('stop'),
  };
  return { calls, make: () => bar };
}

describe('the ingest progress bar', () => {
  it('shows only on a terminal, and only for a long run', () => {
    expect(showsProgress(true, PROGRESS_MIN_REPORTS)).toBe(true);
    expect(showsProgress(true, PROGRESS_MIN_REPORTS - 1)).toBe(false);
    expect(showsProgress(false, 100_000)).toBe(false);
    expect(showsProgress(undefined, 100_000)).toBe(false);
  });

  it('starts at the first chunk done, whatever its size, and stops at the end', () => {
    const { calls, make } = fakeBar();
    const onProgress = progressHandler(true, make);
    for (const done of [250, 500, 750, 1000, 1200]) onProgress(done, 1200);
    expect(calls).toEqual(['start 250/1200', 'update 500', 'update 750', 'update 1000', 'update 1200', 'stop']);
  });

  it('draws nothing when the output is not a terminal', () => {
    const { calls, make } = fakeBar();
    const onProgress = progressHandler(false, make);
    for (const done of [250, 500]) onProgress(done, 500);
    expect(calls).toEqual([]);
  });
});
