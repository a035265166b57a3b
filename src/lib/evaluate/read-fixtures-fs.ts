import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../schemas/article.ts';

export interface ReportFixture {
  name: string;
  folder: string;
  input: Buffer;
  /** The file name the record's provenance should carry. */
  file: string;
}

/** Each folder under `root` holds `input.txt` (a raw report) and `expected.json` (its complete record, checked by hand). */
export function readReportFixtures(root: string): ReportFixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, folder: join(root, name), input: readFileSync(join(root, name, 'input.txt')), file: `${name}.txt` }));
}

export function readExpected(fixture: ReportFixture): Report {
  return JSON.parse(readFileSync(join(fixture.folder, 'expected.json'), 'utf8')) as Report;
}
