import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/lib/parse/parse-report.ts';
import { readSeed, seedFiles } from '../tests/helpers/seeds.ts';
import { corpusParts, makeReport } from './make-corpus.ts';

const parts = corpusParts(seedFiles.map((file) => parseReport(file, readSeed(file))));

describe('makeReport', () => {
  it('is deterministic', () => {
    expect(makeReport(parts, 42)).toBe(makeReport(parts, 42));
    expect(makeReport(parts, 42)).not.toBe(makeReport(parts, 43));
  });

  it('makes reports the parser reads cleanly, with titles that repeat as in real archives', () => {
    const reports = Array.from({ length: 50 }, (_, i) => parseReport(`${i}.txt`, Buffer.from(makeReport(parts, i))));
    for (const report of reports) {
      expect(report.warnings).toEqual([]);
      expect(report.publishedAt).not.toBeNull();
      expect(report.captions).toHaveLength(1);
    }
    expect(new Set(reports.map((report) => report.slug)).size).toBeLessThan(20);
  });
});
