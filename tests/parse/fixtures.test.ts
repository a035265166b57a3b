import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { reportSchema } from '../../src/schemas/article.ts';
import { readExpected, readReportFixtures } from '../../src/lib/evaluate/read-fixtures-fs.ts';
import { REPORT_FIXTURES } from '../helpers/report-fixtures.ts';

/** `UPDATE=1 npm test` rewrites every expected.json from the parser: read the diff before committing it. */
const UPDATE = process.env.UPDATE === '1';

for (const fixture of readReportFixtures(REPORT_FIXTURES)) {
  describe(`fixture ${fixture.name}`, () => {
    const actual = parseReport(fixture.file, fixture.input);
    if (UPDATE) writeFileSync(join(fixture.folder, 'expected.json'), `${JSON.stringify(actual, null, 2)}\n`);
    const expected = readExpected(fixture);

    it('expected.json is a valid record', () => {
      expect(reportSchema.parse(expected)).toEqual(expected);
    });
    for (const field of Object.keys(reportSchema.shape) as (keyof typeof expected)[]) {
      it(field, () => expect(actual[field]).toEqual(expected[field]));
    }
  });
}
