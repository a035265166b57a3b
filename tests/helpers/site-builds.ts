import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { corpusParts, makeReport } from '../../bench/make-corpus.ts';
import { ingest } from '../../src/lib/ingest/ingest-fs.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { RAW_DIR, readSeed, seedFiles } from './seeds.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Enough synthetic reports for listings to run to three pages. */
export const PAGINATION_CORPUS_SIZE = 45;
/** The SITE_URL every test build gets, and the BASE_PATH of the sub-path build. */
export const SITE_URL = 'https://luutru.example.vn';
export const SUB_PATH = '/archive/';
/** The sub-path build's search index is split into parts this small, so a test sees a large archive's search. */
export const SUB_PATH_PART_PAGES = 2;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled archive built at the domain root. */
    siteAtRoot: string;
    /** The Markdown collection siteAtRoot and siteUnderArchive were built from. */
    siteArticles: string;
    /** The bundled archive built under BASE_PATH=SUB_PATH, its search index in parts of SUB_PATH_PART_PAGES articles. */
    siteUnderArchive: string;
    /** A synthetic archive of PAGINATION_CORPUS_SIZE articles, for pagination. */
    siteLarge: string;
    /** The Markdown collection siteLarge was built from. */
    siteLargeArticles: string;
    /** Real pages with a source list (see `writeSourcedRaw`), built at the domain root. */
    siteWithSources: string;
    /** The Markdown collection siteWithSources was built from. */
    siteWithSourcesArticles: string;
  }
}

/** `astro build`, then the Pagefind step, each in a process of its own, as `npm run build` runs them. */
function siteBuild(outDir: string, env: Record<string, string>): void {
  for (const [step, args] of [
    ['astro build', [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]],
    ['the Pagefind step', [join(ROOT, 'scripts/index-search.ts'), outDir]],
  ] as const) {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${step} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  }
}

/** How many of the hand-checked real pages the sourced build takes, and the fetch date its list gives them. */
export const SOURCED_PAGES = 8;
export const SOURCED_FETCH_DATE = '2024-06-01';
/** The copy of a real page listed under the same address as the original: one article between them. */
export const SOURCED_COPY = 'real-099-copy-of-002.txt';

/**
 * Raw reports with a source list: the first real pages of tests/fixtures/realworld with
 * the address and host their manifest records (the host as the site name on every other
 * row, so both forms are shown), plus a copy of one page under the same address.
 */
async function writeSourcedRaw(raw: string): Promise<void> {
  const fixtures = join(ROOT, 'tests/fixtures/realworld');
  const manifest = JSON.parse(await readFile(join(fixtures, 'manifest.json'), 'utf8')) as { file: string; url: string; site: string }[];
  const pages = manifest.slice(0, SOURCED_PAGES);
  await mkdir(raw);
  const rows = ['file,url,site,fetched_at'];
  for (const [i, page] of pages.entries()) {
    const file = page.file.replace(/^raw\//, '');
    await copyFile(join(fixtures, page.file), join(raw, file));
    rows.push([file, `"${page.url}"`, i % 2 === 0 ? page.site : '', SOURCED_FETCH_DATE].join(','));
  }
  await copyFile(join(fixtures, pages[1]!.file), join(raw, SOURCED_COPY));
  rows.push([SOURCED_COPY, `"${pages[1]!.url}"`, '', '2024-07-01'].join(','));
  await writeFile(join(raw, 'sources.csv'), `${rows.join('\n')}\n`);
}

/**
 * Builds the sites the site tests read, once per test run, from collections ingested
 * into a temporary folder so the project's content/ and dist/ are never touched.
 */
export default async function setup(project: TestProject) {
  const work = await mkdtemp(join(tmpdir(), 'site-test-'));
  const articles = join(work, 'articles');
  await ingest({ input: RAW_DIR, output: articles, reportPath: join(work, 'ingest.json') });
  const env = { ARTICLES_DIR: articles, RAW_DIR, SITE_URL };
  siteBuild(join(work, 'root'), env);
  siteBuild(join(work, 'archive'), { ...env, BASE_PATH: SUB_PATH, SEARCH_PART_PAGES: String(SUB_PATH_PART_PAGES) });

  const largeRaw = join(work, 'large-raw');
  await mkdir(largeRaw);
  const parts = corpusParts(seedFiles.map((file) => parseReport(file, readSeed(file))));
  for (let i = 0; i < PAGINATION_CORPUS_SIZE; i += 1) await writeFile(join(largeRaw, `${i}.txt`), makeReport(parts, i));
  const largeArticles = join(work, 'large-articles');
  await ingest({ input: largeRaw, output: largeArticles, reportPath: join(work, 'large.json') });
  siteBuild(join(work, 'large'), { ...env, ARTICLES_DIR: largeArticles, RAW_DIR: largeRaw });

  const sourcedRaw = join(work, 'sourced-raw');
  await writeSourcedRaw(sourcedRaw);
  const sourcedArticles = join(work, 'sourced-articles');
  await ingest({ input: sourcedRaw, output: sourcedArticles, reportPath: join(work, 'sourced.json') });
  siteBuild(join(work, 'sourced'), { ...env, ARTICLES_DIR: sourcedArticles, RAW_DIR: sourcedRaw });

  project.provide('siteAtRoot', join(work, 'root'));
  project.provide('siteArticles', articles);
  project.provide('siteUnderArchive', join(work, 'archive'));
  project.provide('siteLarge', join(work, 'large'));
  project.provide('siteLargeArticles', largeArticles);
  project.provide('siteWithSources', join(work, 'sourced'));
  project.provide('siteWithSourcesArticles', sourcedArticles);
  return () => rm(work, { recursive: true, force: true });
}
