import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSet } from '../../src/lib/evaluate/evaluate-set-fs.ts';
import { EVALUATION_SETS, MAX_INVENTED_DATES } from '../../src/lib/evaluate/evaluation-sets.ts';

/** `npm run evaluate` as a test: the parser against hand-checked pages, under the pinned floors. */
describe.each(EVALUATION_SETS)('evaluation set $name', (set) => {
  const score = evaluateSet(resolve(set.folder));

  it('scores every page of the set', () => {
    expect(score.count).toBeGreaterThanOrEqual(15);
  });
  it.each(Object.entries(set.floors))('%s accuracy is at or above its floor (%s)', (field, floor) => {
    const misses = score.misses.filter((miss) => miss.field === field);
    expect(score.accuracy[field as keyof typeof score.accuracy], JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(floor);
  });
  it('invents no publication date', () => {
    expect(score.inventedDates.length).toBeLessThanOrEqual(MAX_INVENTED_DATES);
  });
});
