import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFolders } from '../../bench/compare-folders-fs.ts';
import { writeConfigWithCache } from '../../bench/config-with-cache-fs.ts';
import { corpusParts, makeReport } from '../../bench/make-corpus.ts';
import { ingest } from '../../src/lib/ingest/ingest-fs.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { RAW_DIR, readSeed, seedFiles } from '../helpers/seeds.ts';

const ROOT = join(import.meta.dirname, '../..');
const parts = corpusParts(seedFiles.map((file) => parseReport(file, readSeed(file))));
let work: string;

/** Ingest and `astro build` (the Pagefind step left out: it indexes the whole site on every build), with Astro's cache in `cache`; how many reports the ingest did not parse again. */
async function build(raw: string, articles: string, cache: string, outDir: string): Promise<number> {
  const { reused } = await ingest({ input: raw, output: articles, reportPath: `${articles}.json` });
  const config = join(ROOT, `.astro-daily-update-test-${process.pid}.mjs`);
  await writeConfigWithCache(config, join(ROOT, 'astro.config.mjs'), cache);
  try {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', relative(ROOT, config), '--outDir', outDir], {
      cwd: ROOT,
      // One build time for all three builds: the open-data page states it.
      env: { ...process.env, ARTICLES_DIR: articles, RAW_DIR: raw, SOURCE_DATE_EPOCH: '1764547200' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    return reused;
  } finally {
    await rm(config, { force: true });
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'daily-update-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a daily update of an archive built before', () => {
  it('parses only what changed, and gives the site a build from scratch gives, byte for byte', async () => {
    const raw = join(work, 'raw');
    await cp(RAW_DIR, raw, { recursive: true });
    for (let i = 0; i < 20; i += 1) await writeFile(join(raw, `synthetic-${i}.txt`), makeReport(parts, i));
    const reportsBefore = seedFiles.length + 20;
    await build(raw, join(work, 'articles'), join(work, 'cache'), join(work, 'first'));

    // The day's news: three new reports, one of them older than some already built, and one report edited.
    for (let i = 20; i < 23; i += 1) await writeFile(join(raw, `synthetic-${i}.txt`), makeReport(parts, i));
    const edited = join(raw, seedFiles[2]!);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n\n/, '\n\nĐoạn bổ sung sau khi đăng.\n\n'));
    const reused = await build(raw, join(work, 'articles'), join(work, 'cache'), join(work, 'update'));
    await build(raw, join(work, 'scratch-articles'), join(work, 'scratch-cache'), join(work, 'scratch'));

    // Every report but the edited one and the new ones comes from the last run.
    expect(reused).toBe(reportsBefore - 1);
    expect((await compareFolders(join(work, 'update'), join(work, 'scratch'))).differing).toEqual([]);
  });
});
