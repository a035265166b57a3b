import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FUZZ_SOURCES, readFuzzPages } from '../src/lib/fuzz/fuzz-pages-fs.ts';
import { runFuzz } from '../src/lib/fuzz/run-fuzz.ts';

/** No input may take this long: a regular expression that backtracks without end shows here. */
const SLOWEST_LIMIT_MS = 50;

const HELP = `Usage: npm run fuzz -- [--count N] [--seed S]

Feeds the parser inputs mutated from the seeds and the real pages (${FUZZ_SOURCES.join(', ')}):
byte flips, truncation, line shuffles, encodings, huge lines, injected chrome and
Markdown/HTML/YAML syntax. Every input must become an article or a clear rejection,
none may crash, and none may take ${SLOWEST_LIMIT_MS} ms or more (a runaway pattern). Prints the count,
the rejections by reason and the slowest inputs; crashing inputs are saved to
test-results/fuzz/ to reproduce. Exit code 1 when the contract is broken.

  --count N   how many inputs (default: 100000)
  --seed S    which run (default: 0); input number i of run S is always the same bytes`;

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '0' }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const count = Number(values.count);
const seed = Number(values.seed);
const pages = readFuzzPages();

const started = performance.now();
const figures = runFuzz(pages, count, seed, 0, (done) => {
  if (done % 10_000 === 0) console.log(`fuzz: ${done} / ${count}`);
});
const seconds = (performance.now() - started) / 1000;

console.log(`\nfuzz: ${figures.count} inputs from ${pages.length} pages (run ${seed}) in ${seconds.toFixed(1)} s`);
console.log(`  articles  ${figures.articles}`);
console.log(`  rejected  ${figures.count - figures.articles - figures.crashes.length}, by reason:`);
for (const [reason, { count: times, example }] of Object.entries(figures.rejected).sort((a, b) => b[1].count - a[1].count)) {
  console.log(`    ${String(times).padStart(7)}  ${reason} (e.g. #${example})`);
}
console.log(`  crashes   ${figures.crashes.length}`);
if (figures.crashes.length) {
  const folder = join(import.meta.dirname, '../test-results/fuzz');
  mkdirSync(folder, { recursive: true });
  for (const crash of figures.crashes) {
    writeFileSync(join(folder, `${crash.index}.txt`), crash.bytes);
    console.log(`    #${crash.index} ${crash.base} + ${crash.mutations.join(', ')}: ${crash.error.split('\n').slice(0, 3).join(' ')}`);
  }
  console.log(`    inputs saved in ${folder}`);
}
console.log('  slowest inputs (CPU time, fastest of repeated runs):');
for (const { ms, input } of figures.slowest.slice(0, 5)) {
  console.log(`    ${ms.toFixed(2).padStart(7)} ms  #${input.index} ${input.base} + ${input.mutations.join(', ')} (${input.size} bytes)`);
}
const tooSlow = (figures.slowest[0]?.ms ?? 0) >= SLOWEST_LIMIT_MS;
if (tooSlow) console.error(`fuzz: the slowest input took ${figures.slowest[0]!.ms.toFixed(1)} ms, over the ${SLOWEST_LIMIT_MS} ms limit`);
process.exitCode = figures.crashes.length || tooSlow ? 1 : 0;
