import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, describeFailed, type BuildOutcome } from '../../src/lib/build/build-site-fs.ts';
import { parseArchiveArgs } from '../../src/lib/config/archive-options.ts';
import { RAW_DIR, readSeed, seedArticles, seedFiles } from '../helpers/seeds.ts';

let work: string;
let outcome: BuildOutcome;

/** What `npm run build -- --input DIR --output …` does, with dist/ in a scratch folder. */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'build-command-'));
  await cp(RAW_DIR, join(work, 'my-archive'), { recursive: true });
  await writeFile(join(work, 'my-archive', 'hong.txt'), '');
  // A re-crawl of the first report, saved with a BOM: merged into its article.
  await writeFile(join(work, 'my-archive', 'zz-copy.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readSeed(seedFiles[0]!)]));
  const options = parseArchiveArgs(['--input', join(work, 'my-archive'), '--output', join(work, 'articles')], {});
  outcome = await buildSite(options, join(work, 'dist'));
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run build -- --input DIR', () => {
  it('builds exactly that archive, its raw reports and its search index, one bad report left out', async () => {
    expect(outcome.built).toBe(true);
    expect(await readdir(join(work, 'dist', 'bai-viet'))).toHaveLength(seedFiles.length);
    expect((await readdir(join(work, 'dist', 'nguon'))).sort()).toEqual([...seedFiles, 'zz-copy.txt']);
    expect(await readdir(join(work, 'dist', 'pagefind'))).toContain('pagefind.js');
  });

  it('shows the re-crawl merged into its article, linked to its raw file', async () => {
    const { slug } = seedArticles()[0]!;
    const page = await readFile(join(work, 'dist', 'bai-viet', slug, 'index.html'), 'utf8');
    expect(page).toContain('href="/nguon/zz-copy.txt"');
  });

  it('says which report failed and why, and keeps the non-zero exit code', () => {
    expect(outcome.ingestStatus).toBe(1);
    expect(describeFailed(outcome.failed)).toEqual(['1 report failed to ingest and is not in the site:', '  hong.txt: the file is empty']);
  });
});
