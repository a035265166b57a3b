import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import type { Article } from '../../src/schemas/article.ts';
import { readSeed, seedFiles } from '../helpers/seeds.ts';

type Entities = Pick<Article, 'officials' | 'documents' | 'meeting'>;

/** Every official, position, document and meeting fact of the five seeds, listed by hand from the texts. */
const expected: Record<string, Entities> = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/entities/seeds.json'), 'utf8'));

describe('entities of the bundled seeds, exactly as listed by hand', () => {
  it('lists every seed', () => {
    expect(Object.keys(expected).sort()).toEqual(seedFiles);
  });

  it.each(seedFiles)('%s', (file) => {
    const { officials, documents, meeting } = parseReport(file, readSeed(file));
    expect({ officials, documents, meeting }).toEqual(expected[file]);
  });
});
