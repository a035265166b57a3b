import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from '../../src/lib/evaluate/evaluate-fixtures-fs.ts';
import { EVALUATION_FLOOR } from '../../src/lib/evaluate/evaluation-floor.ts';
import { REPORT_FIXTURES } from '../helpers/report-fixtures.ts';

describe('evaluation gate', () => {
  const score = evaluateFixtures(REPORT_FIXTURES);

  it('covers every fixture', () => {
    expect(score.count).toBeGreaterThanOrEqual(14);
  });
  it.each(Object.keys(score.accuracy))('%s accuracy is at or above the pinned floor', (field) => {
    expect(score.accuracy[field as keyof typeof score.accuracy]).toBeGreaterThanOrEqual(EVALUATION_FLOOR);
  });
});
