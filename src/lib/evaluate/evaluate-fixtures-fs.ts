import { parseReport } from '../parse/parse-report.ts';
import { readExpected, readReportFixtures } from './read-fixtures-fs.ts';
import { scoreParser, type Score } from './score-parser.ts';

/** Parses every `<dir>/<name>/input.txt` and scores it against its `expected.json`. */
export function evaluateFixtures(dir: string): Score & { count: number } {
  const fixtures = readReportFixtures(dir);
  const pairs = fixtures.map((fixture) => ({
    name: fixture.name,
    actual: parseReport(fixture.file, fixture.input),
    expected: readExpected(fixture),
  }));
  return { ...scoreParser(pairs), count: pairs.length };
}
