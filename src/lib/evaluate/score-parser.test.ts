import { describe, expect, it } from 'vitest';
import { REPORT_FIXTURES } from '../../../tests/helpers/report-fixtures.ts';
import { readExpected, readReportFixtures } from './read-fixtures-fs.ts';
import { scoreParser } from './score-parser.ts';

const [first, second] = readReportFixtures(REPORT_FIXTURES).map((fixture) => ({ name: fixture.name, expected: readExpected(fixture) }));

describe('scoreParser', () => {
  it('gives 1 when every field matches', () => {
    const score = scoreParser([{ name: first!.name, actual: first!.expected, expected: first!.expected }]);
    expect(score).toEqual({ accuracy: { title: 1, publishedAt: 1, byline: 1, category: 1, officials: 1, documents: 1, meeting: 1 }, overall: 1, misses: [] });
  });

  it('counts a wrong field against that field only, and names the record', () => {
    const wrong = { ...second!.expected, authors: ['Sai Tên'], publishedAt: null, meeting: null };
    const score = scoreParser([
      { name: first!.name, actual: first!.expected, expected: first!.expected },
      { name: second!.name, actual: wrong, expected: second!.expected },
    ]);
    expect(score.accuracy).toEqual({ title: 1, publishedAt: 0.5, byline: 0.5, category: 1, officials: 1, documents: 1, meeting: 0.5 });
    expect(score.overall).toBeCloseTo(11 / 14);
    expect(score.misses).toEqual([
      { name: second!.name, field: 'publishedAt' },
      { name: second!.name, field: 'byline' },
      { name: second!.name, field: 'meeting' },
    ]);
  });

  it('scores an empty set as 0, so a missing fixture folder cannot pass the gate', () => {
    expect(scoreParser([]).overall).toBe(0);
  });
});
