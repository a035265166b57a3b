import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateSet } from '../src/lib/evaluate/evaluate-set-fs.ts';
import { EVALUATION_SETS, MAX_INVENTED_DATES } from '../src/lib/evaluate/evaluation-sets.ts';

const HELP = `Usage: npm run evaluate [-- --quiet]

Scores the parser against pages a person has checked by hand: for every set in
src/lib/evaluate/evaluation-sets.ts (a folder with a manifest.json), the title, the
publication date and time, the view count, the category and the byline (authors and
unit), each exact or wrong. Prints each field's accuracy and every miss, and exits 1
when a field scores under its floor or a page gets a date it does not print.

Options:
  --quiet   accuracies only, no misses
  --help    show this help`;

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
let failed = false;
for (const set of EVALUATION_SETS) {
  const score = evaluateSet(resolve(set.folder));
  console.log(`${set.name}: ${score.count} pages (${set.folder})`);
  for (const [field, floor] of Object.entries(set.floors)) {
    const accuracy = score.accuracy[field as keyof typeof score.accuracy];
    const under = accuracy < floor;
    failed ||= under;
    console.log(`  ${field.padEnd(9)} ${percent(accuracy)}   floor ${percent(floor)}${under ? '  ← under the floor' : ''}`);
  }
  const invented = score.inventedDates.length > MAX_INVENTED_DATES;
  failed ||= invented;
  console.log(`  invented dates: ${score.inventedDates.length}${invented ? `  ← ${score.inventedDates.join(', ')}` : ''}`);
  if (!values.quiet) {
    for (const miss of score.misses) console.log(`  miss ${miss.name} ${miss.field}: got ${JSON.stringify(miss.got)}, want ${JSON.stringify(miss.want)}`);
  }
}
process.exitCode = failed ? 1 : 0;
