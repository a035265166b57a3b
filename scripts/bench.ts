import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusParts, makeReport } from '../src/lib/bench/make-corpus.ts';
import { buildRows, type BuildRun } from '../src/lib/bench/build-rows.ts';
import { writeConfigWithoutPagefind } from '../src/lib/bench/config-without-pagefind-fs.ts';
import { measure, type Measurement } from '../src/lib/bench/measure-fs.ts';
import { compareSearch } from '../src/lib/bench/compare-search-fs.ts';
import { comparisonTable } from '../src/lib/bench/compare-table.ts';
import { median } from '../src/lib/bench/median.ts';
import { searchTable } from '../src/lib/bench/search-table.ts';
import { writePlainAstroProject } from '../src/lib/bench/plain-astro-project-fs.ts';
import { parseReport } from '../src/lib/parse/parse-report.ts';
import projectConfig from '../astro.config.mjs';

const HELP = `Usage: npm run bench -- [options]

Generates synthetic corpora by recombining the seed reports and measures the ingest
and the full build on them. Figures are medians of --runs runs where a size is small
enough to repeat; peak memory is each child process's own.

The build comparison: ours is the ingest plus \`astro build\` of the project; plain is
\`astro build\` of a bare project over the same Markdown with a one-line page, with
Astro's defaults and once more rendering as many pages at a time as ours. All start
from an empty content cache (--force), an empty output folder and no Node compile
cache (as Astro runs in CI), so neither reuses work from an earlier run. The Pagefind step
(search index) is timed on its own, after our Astro build, and shown apart and in a
total.

Options:
  --sizes N,N        ingest corpus sizes (default: 1000,10000; add 100000 on request)
  --build-sizes N,N  build corpus sizes (default: 1000,10000)
  --runs N           runs per ingest size up to 10,000 reports and per build size up
                     to 1,000 articles (default: 3); larger sizes run once
  --skip-build       measure the ingest only (and so no search)
  --skip-search      skip the search measurement on the largest build
  --help             show this help

The search measurement takes the largest build (its Pagefind index is the step above),
builds a stock Pagefind index of the same pages, and runs the same queries on both in
headless Chromium on loopback, each as a first-time visitor, served as a host
configured as the README says serves them (HTML, JavaScript and JSON gzipped). It
prints ours in detail, then both side by side.`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'build-sizes': { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
/** How many pages our Astro build renders at a time; the second plain build does the same. */
const OUR_CONCURRENCY = projectConfig.build?.concurrency ?? 1;
const sizes = (list: string) => list.split(',').map(Number).filter((n) => n > 0);
const NODE = process.execPath;
const ROOT = resolve(import.meta.dirname, '..');
// Inside the project, so the throwaway Astro project resolves the project's node_modules.
const work = await mkdtemp(join(ROOT, '.bench-'));

const seeds = join(ROOT, 'content/raw');
const parts = corpusParts(
  await Promise.all((await readdir(seeds)).map(async (file) => parseReport(file, await readFile(join(seeds, file))))),
);

async function writeCorpus(size: number): Promise<string> {
  const dir = join(work, `raw-${size}`);
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < size; i += 1) await writeFile(join(dir, `${String(i).padStart(6, '0')}.txt`), makeReport(parts, i));
  return dir;
}

function ingestRun(raw: string, out: string): Measurement {
  return measure(NODE, [join(ROOT, 'scripts/ingest.ts'), '--input', raw, '--output', out, '--report', `${out}.json`]);
}

const row = (cells: (string | number)[]) => console.log(cells.map((cell) => String(cell).padStart(14)).join(''));

try {
  console.log('\nIngest (median of runs; target ≥ 2,000 reports/s, flat memory)');
  row(['reports', 'runs', 'seconds', 'reports/s', 'ms/report', 'peak RSS MB']);
  for (const size of sizes(values.sizes)) {
    const raw = await writeCorpus(size);
    const runs = size <= 10_000 ? Number(values.runs) : 1;
    const results = Array.from({ length: runs }, () => ingestRun(raw, join(work, `articles-${size}`)));
    const seconds = median(results.map((r) => r.seconds));
    row([size, runs, seconds.toFixed(2), Math.round(size / seconds), ((seconds * 1000) / size).toFixed(3), median(results.map((r) => r.peakMB)).toFixed(0)]);
  }

  let largestBuild: { size: number; dist: string } | undefined;
  if (!values['skip-build']) {
    const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    // Astro reads --config relative to the root; the work folder is inside it.
    const config = join(work, 'astro.config.without-pagefind.mjs');
    await writeConfigWithoutPagefind(config, join(ROOT, 'astro.config.mjs'));
    const indexSite = pathToFileURL(join(ROOT, 'src/lib/search/index-site-fs.ts')).href;
    // Astro keeps compiled modules between runs, the collection's data module included
    // (plain's took ~8 s to compile at 10,000 articles here). The plain project's data is the same
    // from one bench run to the next, ours names this run's temporary folder: a cache
    // would favour the plain build, so both compile from scratch.
    const cold = { NODE_DISABLE_COMPILE_CACHE: '1' };
    console.log('\nFull build: ours (ingest + Astro) vs a plain Astro build of the same Markdown (target ≤ 1.3×, < 4 GB at 10,000)');
    console.log('The Pagefind step (search index) is timed apart, and shown in a total beside ours.');
    console.log(`× plain(${OUR_CONCURRENCY}): against the plain build rendering ${OUR_CONCURRENCY} pages at a time, as ours does.`);
    const buildRow = (cells: (string | number)[]) => console.log(String(cells[0]).padEnd(26) + cells.slice(1).map((cell) => String(cell).padStart(12)).join(''));
    for (const size of sizes(values['build-sizes'])) {
      const raw = await writeCorpus(size);
      const articles = join(work, `articles-${size}`);
      const dist = join(work, `dist-${size}`);
      const plainRoot = join(work, `plain-${size}`);
      const plainConcurrentRoot = join(work, `plain-concurrent-${size}`);
      const runs = size <= 1_000 ? Number(values.runs) : 1;
      const results: BuildRun[] = [];
      let pages = 0;
      for (let i = 0; i < runs; i += 1) {
        await Promise.all([articles, dist, plainRoot, plainConcurrentRoot].map((dir) => rm(dir, { recursive: true, force: true })));
        await writePlainAstroProject(plainRoot, articles);
        await writePlainAstroProject(plainConcurrentRoot, articles, OUR_CONCURRENCY);
        const ingest = ingestRun(raw, articles);
        const astro = measure(NODE, [ASTRO, 'build', '--force', '--root', ROOT, '--config', relative(ROOT, config), '--outDir', dist], { ...cold, ARTICLES_DIR: articles, RAW_DIR: raw });
        const pagefind = measure(NODE, ['--input-type=module', '-e', `const { indexSite } = await import(${JSON.stringify(indexSite)}); console.log(JSON.stringify(await indexSite(${JSON.stringify(dist)})));`]);
        pages = (JSON.parse(pagefind.stdout) as { pages: number }).pages;
        const plain = measure(NODE, [ASTRO, 'build', '--force', '--root', plainRoot], cold);
        const plainConcurrent = measure(NODE, [ASTRO, 'build', '--force', '--root', plainConcurrentRoot], cold);
        results.push({ ingest, astro, pagefind, plain, plainConcurrent });
      }
      largestBuild = { size, dist };
      console.log(`\n${size} articles, ${runs === 1 ? 'one run' : `median of ${runs} runs`}; Pagefind indexed ${pages} pages`);
      buildRow(['build', 'seconds', 'ms/article', 'peak RSS MB', '× plain', `× plain(${OUR_CONCURRENCY})`]);
      for (const r of buildRows(size, results)) {
        const ratio = (value: number | null) => (value === null ? '' : value.toFixed(2));
        buildRow([r.label, r.seconds.toFixed(1), r.msPerArticle.toFixed(2), r.peakMB.toFixed(0), ratio(r.ratio), ratio(r.ratioConcurrent)]);
      }
    }
  }
  if (largestBuild && !values['skip-search']) {
    const index = join(largestBuild.dist, 'pagefind');
    const indexFiles = (await readdir(index, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    const indexBytes = (await Promise.all(indexFiles.map((f) => readFile(join(f.parentPath, f.name))))).reduce((sum, b) => sum + b.length, 0);
    console.log(`\nSearch on the ${largestBuild.size}-article build (index: ${indexFiles.length} files, ${(indexBytes / 1024 / 1024).toFixed(1)} MiB on disk; its build time is the Pagefind step above)`);
    const comparison = await compareSearch(largestBuild.dist, join(work, 'stock-search'));
    for (const line of searchTable(comparison.ours)) console.log(line);
    console.log(`\nSearch: ours against stock Pagefind on the same ${largestBuild.size} pages, in this run`);
    for (const line of comparisonTable(comparison)) console.log(line);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
