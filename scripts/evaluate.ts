import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFixtures } from '../src/lib/evaluate/evaluate-fixtures-fs.ts';
import { EVALUATION_FLOOR } from '../src/lib/evaluate/evaluation-floor.ts';

const HELP = `Usage: npm run evaluate -- [--fixtures DIR] [--floor N]

Scores the parser on a folder of raw reports with hand-checked records
(<DIR>/<name>/input.txt + expected.json): title, publication date, byline,
category, officials, cited documents and meeting, each an exact match per report.
Exits 1 when any field scores under the floor.

Options:
  --fixtures DIR  folder of fixtures (default: tests/fixtures/reports)
  --floor N       lowest accepted accuracy, 0 to 1 (default: ${EVALUATION_FLOOR})
  --help          show this help`;

const { values } = parseArgs({
  options: {
    fixtures: { type: 'string', default: 'tests/fixtures/reports' },
    floor: { type: 'string', default: String(EVALUATION_FLOOR) },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const floor = Number(values.floor);
if (!(floor >= 0 && floor <= 1)) {
  console.error(`evaluate: --floor must be a number from 0 to 1, not "${values.floor}"`);
  process.exit(2);
}

const score = evaluateFixtures(resolve(values.fixtures));
console.log(`Parser accuracy on ${score.count} reports (floor ${floor}):`);
for (const [field, accuracy] of Object.entries(score.accuracy)) {
  console.log(`  ${field.padEnd(12)} ${(accuracy * 100).toFixed(1).padStart(6)} %${accuracy < floor ? '  ← under the floor' : ''}`);
}
console.log(`  ${'overall'.padEnd(12)} ${(score.overall * 100).toFixed(1).padStart(6)} %`);
for (const miss of score.misses) console.log(`  miss: ${miss.name} → ${miss.field}`);
process.exitCode = Object.values(score.accuracy).every((accuracy) => accuracy >= floor) ? 0 : 1;
