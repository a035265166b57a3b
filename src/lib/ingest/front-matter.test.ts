import { describe, expect, it } from 'vitest';
import { readSeed, seedFiles } from '../../../tests/helpers/seeds.ts';
import { parseReport } from '../parse/parse-report.ts';
import { toArticleFile } from './article-file.ts';
import { withSlug } from './front-matter.ts';

describe('withSlug', () => {
  it.each(['tin-2020-01-02', 'hoi-nghi-my-duc-2020-06-01-2', '2020-01-02', '123', 'true'])(
    'writes what a full write under slug %s would, on every seed',
    (slug) => {
      for (const file of seedFiles) {
        const report = parseReport(file, readSeed(file));
        expect(withSlug(toArticleFile(report), slug)).toBe(toArticleFile({ ...report, slug }));
      }
    },
  );
});
