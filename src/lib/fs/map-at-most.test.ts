import { describe, expect, it } from 'vitest';
import { mapAtMost } from './map-at-most.ts';

describe('mapAtMost', () => {
  it('keeps the order of the items and never runs more than width at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapAtMost([30, 5, 20, 1, 10, 0, 15], 3, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, ms));
      running -= 1;
      return ms * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20, 0, 30]);
    expect(most).toBe(3);
  });

  it('gives an empty list for no items, and passes a failure on', async () => {
    expect(await mapAtMost([], 4, async () => 1)).toEqual([]);
    await expect(mapAtMost([1, 2], 2, async (n) => { if (n === 2) throw new Error('two'); return n; })).rejects.toThrow('two');
  });
});
