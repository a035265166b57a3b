import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusParts, makeReport } from '../bench/make-corpus.ts';
import { buildRows, type BuildRow, type BuildRun } from '../bench/build-rows.ts';
import { compareFolders } from '../bench/compare-folders-fs.ts';
import { writeConfigWithCache } from '../bench/config-with-cache-fs.ts';
import { attempt, measure, type Measurement } from '../bench/measure-fs.ts';
import { compareSearch } from '../bench/compare-search-fs.ts';
import { comparisonTable } from '../bench/compare-table.ts';
import { median } from '../bench/median.ts';
import { searchTable } from '../bench/search-table.ts';
import { writePlainAstroProject } from '../bench/plain-astro-project-fs.ts';
import { parseReport } from '../src/lib/parse/parse-report.ts';
import { ASTRO_NODE_OPTIONS } from '../src/lib/build/build-site-fs.ts';
import { SEARCH_PART_PAGES } from '../src/lib/search/search-parts.ts';
import { PAGEFIND_CLI } from '../src/lib/search/index-site-fs.ts';
import { lighthousePages } from '../bench/lighthouse-pages-fs.ts';
import { lighthouseScores, lighthouseTable } from '../bench/lighthouse.ts';
import projectConfig from '../astro.config.mjs';

const HELP = `Usage: npm run bench -- [options]

Generates synthetic corpora by recombining the seed reports and measures the ingest
and the full build on them. Figures are medians of --runs runs where a size is small
enough to repeat; peak memory is each child process's own.

The build comparison: ours is the ingest plus \`astro build\` of the project; plain is
\`astro build\` of a bare project over the same Markdown with a one-line page, with
Astro's defaults and once more rendering as many pages at a time as ours (that second
one only up to 10,000 articles). All start from an empty content cache (--force), an
empty output folder and no Node compile cache (as Astro runs in CI), so neither reuses
work from an earlier run. The Pagefind step (search index) is timed on its own, after
our Astro build, beside stock Pagefind (its CLI, no options) over the same site, and
in a total. A plain build that fails (as it does on large archives) is reported with
how long it ran and the error, and the benchmark goes on.

Options:
  --sizes N,N        ingest corpus sizes (default: 1000,10000; add 100000 on request)
  --build-sizes N,N  build corpus sizes (default: 1000,10000; add 100000 on request)
  --runs N           runs per ingest size up to 10,000 reports, per build size up
                     to 1,000 articles and per search query (default: 3); larger
                     sizes run once
  --skip-build       measure the ingest only (and so no search)
  --skip-search      skip the search measurement on the largest build
  --update-size N    archive size for the daily update (default: 10000): a full build,
                     then 100 new reports and one edited, rebuilt from the last build's
                     caches, and the updated archive built from scratch to compare
                     byte for byte (target: the update ≤ 15 % of the full build)
  --skip-update      skip the daily update
  --skip-lighthouse  skip Lighthouse on the largest build
  --help             show this help

The search measurement takes the largest build (its Pagefind index is the step above),
builds a stock Pagefind index of the same pages, and runs the same queries on both in
headless Chromium on loopback, each as a first-time visitor, served as a host
configured as the README says serves them (HTML, JavaScript and JSON gzipped), --runs
times each, in turns (milliseconds are medians over the runs). It prints ours in
detail, then both side by side, then each run's milliseconds.

Lighthouse (mobile settings, Debian's Chromium) audits the largest build's home page, an
article, a year listing and the search page with a query, median of --runs audits each,
served as the README says a host should (text, scripts and JSON gzipped); it prints the
LCP, TBT and CLS behind the performance score (target: 100 in every category; the search
page is noindex, so its SEO is not).`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'build-sizes': { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'update-size': { type: 'string', default: '10000' },
    'skip-update': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
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

/**
 * A folder of its own for one run of one step. Nothing is deleted before a timed step, only
 * the whole work folder at the end: on this machine's ext4 (no journal), creating files in
 * the minutes after thousands were deleted costs several times more (README, "Scale"),
 * which would charge each step for the clean-up before it.
 */
const runFolder = (name: string, run: number) => join(work, `${name}-run${run}`);

function ingestRun(raw: string, out: string): Measurement {
  return measure(NODE, [join(ROOT, 'scripts/ingest.ts'), '--input', raw, '--output', out, '--report', `${out}.json`]);
}

const row = (cells: (string | number)[]) => console.log(cells.map((cell) => String(cell).padStart(14)).join(''));

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Astro keeps compiled modules between runs, the collection's data module included
// (plain's took ~8 s to compile at 10,000 articles here). The plain project's data is the same
// from one bench run to the next, ours names this run's temporary folder: a cache
// would favour the plain build, so both compile from scratch.
const cold = { NODE_DISABLE_COMPILE_CACHE: '1' };
/** Every Astro build, ours and plain, with the heap `npm run build` gives Astro. */
const astroEnv = { ...cold, NODE_OPTIONS: ASTRO_NODE_OPTIONS };
/** The daily update's builds state one build time (see build-time.ts), so the updated site can equal the one built from scratch. */
const UPDATE_BUILD_TIME = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };

/** Our Pagefind step over a built site, the one `npm run build` runs, in a child process of its own; its stdout is the step's result. */
function pagefindStep(dist: string): Measurement {
  return measure(NODE, [join(ROOT, 'scripts/index-search.ts'), dist, '--json']);
}

/**
 * One corpus size of the build comparison, `runs` times: ours (ingest, Astro, our
 * Pagefind step), stock Pagefind over the same site, and the plain builds. The plain
 * build at our concurrency is left out above 10,000 articles, where one plain build
 * already shows whether Astro copes.
 */
async function compareBuilds(raw: string, size: number, runs: number) {
  const results: BuildRun[] = [];
  let pages = 0;
  let dist = '';
  for (let i = 0; i < runs; i += 1) {
    const articles = runFolder(`articles-${size}`, i);
    dist = runFolder(`dist-${size}`, i);
    const plainRoot = runFolder(`plain-${size}`, i);
    const plainConcurrentRoot = runFolder(`plain-concurrent-${size}`, i);
    const ingest = ingestRun(raw, articles);
    const astro = measure(NODE, [ASTRO, 'build', '--force', '--root', ROOT, '--outDir', dist], { ...astroEnv, ARTICLES_DIR: articles, RAW_DIR: raw });
    const pagefind = pagefindStep(dist);
    pages = (JSON.parse(pagefind.stdout) as { pages: number }).pages;
    // Stock Pagefind indexes the whole site in one piece, which outgrows the machine's memory
    // where ours splits the index (it passed 21 GB at 100,000 articles), so it runs only up to one part.
    const stockPagefind = size <= SEARCH_PART_PAGES ? measure(NODE, [PAGEFIND_CLI, '--site', dist, '--output-path', runFolder(`stock-pagefind-${size}`, i)]) : null;
    await writePlainAstroProject(plainRoot, articles);
    const plain = attempt(NODE, [ASTRO, 'build', '--force', '--root', plainRoot], astroEnv);
    let plainConcurrent = null;
    if (size <= 10_000) {
      await writePlainAstroProject(plainConcurrentRoot, articles, OUR_CONCURRENCY);
      plainConcurrent = attempt(NODE, [ASTRO, 'build', '--force', '--root', plainConcurrentRoot], astroEnv);
    }
    results.push({ ingest, astro, pagefind, stockPagefind, plain, plainConcurrent });
  }
  return { results, pages, dist };
}

/** Our three build steps over `raw`, into `articles` and `dist`, with the Astro cache in the config's cacheDir. */
function ourBuild(raw: string, articles: string, dist: string, config: string): BuildRun['ingest'][] {
  return [
    ingestRun(raw, articles),
    measure(NODE, [ASTRO, 'build', '--root', ROOT, '--config', relative(ROOT, config), '--outDir', dist], { ...astroEnv, ...UPDATE_BUILD_TIME, ARTICLES_DIR: articles, RAW_DIR: raw }),
    pagefindStep(dist),
  ];
}

/**
 * The daily update: an archive of `size` reports built in full, then the day's news (100
 * new reports, one report edited) built again as \`npm run build\` would, into a new
 * output folder, with the ingest's and Astro's caches from the full build. The updated
 * archive is then built from scratch, and the two sites compared byte for byte.
 */
async function measureUpdate(size: number): Promise<void> {
  const raw = join(work, `update-raw-${size}`);
  const articles = join(work, `update-articles-${size}`);
  const cache = join(work, `update-cache-${size}`);
  // Astro reads --config relative to the root; the work folder is inside it.
  const config = join(work, 'astro.config.update.mjs');
  await writeConfigWithCache(config, join(ROOT, 'astro.config.mjs'), cache);
  await mkdir(raw, { recursive: true });
  for (let i = 0; i < size; i += 1) await writeFile(join(raw, `${String(i).padStart(6, '0')}.txt`), makeReport(parts, i));
  const full = ourBuild(raw, articles, join(work, 'update-full'), config);

  for (let i = size; i < size + 100; i += 1) await writeFile(join(raw, `${String(i).padStart(6, '0')}.txt`), makeReport(parts, i));
  const edited = join(raw, `${String(Math.floor(size / 2)).padStart(6, '0')}.txt`);
  await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n\n/, '\n\nĐoạn bổ sung sau khi đăng.\n\n'));
  const update = ourBuild(raw, articles, join(work, 'update-daily'), config);

  await Promise.all([articles, cache].map((dir) => rm(dir, { recursive: true, force: true })));
  ourBuild(raw, articles, join(work, 'update-scratch'), config);
  const { files, differing } = await compareFolders(join(work, 'update-daily'), join(work, 'update-scratch'));

  console.log(`\nDaily update on ${size} reports: 100 new, 1 edited (target: ≤ 15 % of the full build's time, and the same site)`);
  const line = (cells: (string | number)[]) => console.log(String(cells[0]).padEnd(27) + cells.slice(1).map((cell) => String(cell).padStart(12)).join(''));
  line(['step', 'full s', 'update s', 'update/full', 'peak RSS MB']);
  const total = (steps: BuildRun['ingest'][]) => steps.reduce((sum, step) => sum + step.seconds, 0);
  for (const [index, label] of ['ingest', 'Astro build', 'Pagefind step'].entries()) {
    line([label, full[index]!.seconds.toFixed(1), update[index]!.seconds.toFixed(1), (update[index]!.seconds / full[index]!.seconds).toFixed(2), update[index]!.peakMB.toFixed(0)]);
  }
  line(['all three', total(full).toFixed(1), total(update).toFixed(1), (total(update) / total(full)).toFixed(2), '']);
  console.log(differing.length ? `The updated site differs from one built from scratch in ${differing.length} of ${files} files: ${differing.slice(0, 5).join(', ')}…` : `The updated site is byte-identical to one built from scratch (${files} files).`);
}

function printBuildRows(rows: BuildRow[]): void {
  const line = (cells: (string | number)[]) => console.log(String(cells[0]).padEnd(27) + cells.slice(1).map((cell) => String(cell).padStart(12)).join(''));
  const ratio = (value: number | null) => (value === null ? '' : value.toFixed(2));
  line(['build', 'seconds', 'ms/article', 'peak RSS MB', '× plain', `× plain(${OUR_CONCURRENCY})`, '× stock']);
  for (const r of rows) {
    line([r.label, r.seconds.toFixed(1), r.msPerArticle.toFixed(2), r.peakMB.toFixed(0), ratio(r.ratio), ratio(r.ratioConcurrent), ratio(r.ratioStock)]);
    if (r.failed) console.log(`${''.padEnd(27)}failed after ${r.seconds.toFixed(0)} s: ${r.failed}`);
  }
}

try {
  console.log('\nIngest (median of runs; target ≥ 2,000 reports/s, flat memory)');
  row(['reports', 'runs', 'seconds', 'reports/s', 'ms/report', 'peak RSS MB', 'user CPU s', 'system CPU s']);
  for (const size of sizes(values.sizes)) {
    const raw = await writeCorpus(size);
    const runs = size <= 10_000 ? Number(values.runs) : 1;
    const results: Measurement[] = [];
    // Every run into a new output folder: one that holds the last run's articles and cache would parse nothing.
    for (let run = 0; run < runs; run += 1) results.push(ingestRun(raw, runFolder(`ingest-${size}`, run)));
    const seconds = median(results.map((r) => r.seconds));
    const cpu = (kind: keyof Measurement['cpu']) => median(results.map((r) => r.cpu[kind])).toFixed(2);
    row([size, runs, seconds.toFixed(2), Math.round(size / seconds), ((seconds * 1000) / size).toFixed(3), median(results.map((r) => r.peakMB)).toFixed(0), cpu('user'), cpu('system')]);
  }

  let largestBuild: { size: number; dist: string } | undefined;
  if (!values['skip-build']) {
    console.log('\nFull build: ours (ingest + Astro) vs a plain Astro build of the same Markdown');
    console.log('Targets: ingest + Astro ≤ 1.0× plain and the Pagefind step ≤ 1.2× stock Pagefind at 10,000; at 100,000 ours + Pagefind ≤ 10 min and ≤ 8 GB.');
    console.log(`× plain(${OUR_CONCURRENCY}): against the plain build rendering ${OUR_CONCURRENCY} pages at a time, as ours does.`);
    const growth: string[] = [];
    for (const size of sizes(values['build-sizes'])) {
      const raw = await writeCorpus(size);
      const runs = size <= 1_000 ? Number(values.runs) : 1;
      const { results, pages, dist } = await compareBuilds(raw, size, runs);
      largestBuild = { size, dist };
      console.log(`\n${size} articles, ${runs === 1 ? 'one run' : `median of ${runs} runs`}; Pagefind indexed ${pages} pages`);
      const rows = buildRows(size, results);
      printBuildRows(rows);
      if (size > SEARCH_PART_PAGES) console.log(`Stock Pagefind not run: it indexes ${size} pages in one piece, past this machine's memory; ours indexed them in parts of ${SEARCH_PART_PAGES}.`);
      const total = rows.find((r) => r.label === 'ours + Pagefind')!;
      growth.push(`${String(size).padStart(8)} articles: ${total.msPerArticle.toFixed(2)} ms per article (ours + Pagefind, ${total.seconds.toFixed(1)} s, peak ${total.peakMB.toFixed(0)} MB)`);
    }
    if (growth.length) console.log(`\nHow cost grows (flat ms per article is linear growth):\n${growth.join('\n')}`);
  }
  if (!values['skip-build'] && !values['skip-update']) await measureUpdate(Number(values['update-size']));
  if (largestBuild && !values['skip-search']) {
    const index = join(largestBuild.dist, 'pagefind');
    const indexFiles = (await readdir(index, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    const indexBytes = (await Promise.all(indexFiles.map((f) => readFile(join(f.parentPath, f.name))))).reduce((sum, b) => sum + b.length, 0);
    console.log(`\nSearch on the ${largestBuild.size}-article build (index: ${indexFiles.length} files, ${(indexBytes / 1024 / 1024).toFixed(1)} MiB on disk; its build time is the Pagefind step above)`);
    const comparison = await compareSearch(largestBuild.dist, join(work, 'stock-search'), Number(values.runs));
    for (const line of searchTable(comparison.ours)) console.log(line);
    console.log(`\nSearch: ours against stock Pagefind on the same ${largestBuild.size} pages, in this run`);
    for (const line of comparisonTable(comparison)) console.log(line);
  }
  if (largestBuild && !values['skip-lighthouse']) {
    console.log(`\nLighthouse on the ${largestBuild.size}-article build, mobile (median of ${values.runs} audits per page; target 100, the search page's SEO aside)`);
    for (const line of lighthouseTable(await lighthouseScores(largestBuild.dist, await lighthousePages(largestBuild.dist), Number(values.runs)))) console.log(line);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
