import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RAW_DIR, readSeed, seedFiles } from '../../../tests/helpers/seeds.ts';
import { parseReport } from '../parse/parse-report.ts';
import { toArticleFile } from './article-file.ts';
import { firstChoice, slugCandidate } from './assign-slugs.ts';
import { ingestChunk } from './ingest-chunk-fs.ts';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'ingest-chunk-'));
  folders.push(made);
  return made;
};
afterEach(() => folders.splice(0).forEach((made) => rmSync(made, { recursive: true, force: true })));

describe('ingestChunk', () => {
  it('reports a file that fails at any stage on its own, in input order, and writes the others', () => {
    const input = folder();
    const staging = folder();
    const [first, second, third] = seedFiles;
    for (const file of [first!, second!, third!]) writeFileSync(join(input, file), readSeed(file));
    writeFileSync(join(input, 'empty.txt'), '');
    // The third report cannot be written: both its slug's name and its staged name are taken by folders.
    const blocked = firstChoice(slugCandidate(parseReport(third!, readSeed(third!))));
    mkdirSync(join(staging, `${blocked}.md`));
    mkdirSync(join(staging, '.13.md'));

    const results = ingestChunk(input, [first!, 'empty.txt', second!, third!], 10, staging);

    expect(results.map((result) => [result.status.file, result.status.status])).toEqual([
      [first, expect.stringMatching(/^(ok|warning)$/)],
      ['empty.txt', 'error'],
      [second, expect.stringMatching(/^(ok|warning)$/)],
      [third, 'error'],
    ]);
    expect(results[1]!.status.error).toBe('the file is empty');
    expect(results[3]!.status.error).toMatch(/unexpectedly \(Error: EISDIR/);
    for (const index of [0, 2]) {
      const { written } = results[index]!;
      const report = parseReport(results[index]!.status.file, readFileSync(join(RAW_DIR, results[index]!.status.file)));
      expect(readFileSync(written!.staged, 'utf8')).toBe(toArticleFile({ ...report, slug: written!.slug }));
    }
  });
});
