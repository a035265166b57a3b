import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/ingest-fs.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { RAW_DIR, seedFiles } from '../helpers/seeds.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'source-list-test-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function inputWith(sources: string): Promise<string> {
  const input = await mkdtemp(join(work, 'raw-'));
  await cp(RAW_DIR, input, { recursive: true });
  await writeFile(join(input, 'sources.csv'), sources);
  return input;
}

async function articles(output: string): Promise<Article[]> {
  const files = (await readdir(output)).filter((file) => file.endsWith('.md')).sort();
  return Promise.all(files.map(async (file) => articleSchema.parse(matter(await readFile(join(output, file), 'utf8')).data)));
}

const [first, second, third] = seedFiles as [string, string, string];

describe('an ingest with a source list beside the raw reports', () => {
  it('records each listed report’s address, site and fetch date, and is no report itself', async () => {
    const input = await inputWith(`file,url,site,fetched_at\n${first},https://example.gov.vn/tin/1,Cổng thông tin huyện,2023-03-16\n${second},https://example.gov.vn/tin/2,,\n`);
    const output = join(work, 'listed');
    const summary = await ingest({ input, output, reportPath: join(work, 'listed.json') });
    expect(summary).toMatchObject({ read: seedFiles.length, written: seedFiles.length, errors: 0 });
    const sources = Object.fromEntries((await articles(output)).map((article) => [article.source.file, article.source]));
    expect(sources[first]).toMatchObject({ url: 'https://example.gov.vn/tin/1', site: 'Cổng thông tin huyện', fetchedAt: '2023-03-16' });
    expect(sources[second]).toMatchObject({ url: 'https://example.gov.vn/tin/2' });
    expect(sources[second]).not.toHaveProperty('site');
    expect(sources[third]).not.toHaveProperty('url');
  });

  it('makes reports with the same original address one article, kept from the first file, listing the other', async () => {
    const input = await inputWith(`file,url,site,fetched_at\n${first},https://example.gov.vn/tin/1,,2023-05-01\n${second},https://example.gov.vn/tin/1,,2023-04-01\n`);
    const output = join(work, 'same-url');
    const summary = await ingest({ input, output, reportPath: join(work, 'same-url.json') });
    expect(summary.written).toBe(seedFiles.length - 1);
    const list = await articles(output);
    const kept = list.filter((article) => article.source.url === 'https://example.gov.vn/tin/1');
    expect(kept.map((article) => article.source.file)).toEqual([first]);
    expect(kept[0]!.duplicates?.map((source) => source.file)).toEqual([second]);
    expect(summary.files.find((file) => file.file === second)).toMatchObject({ duplicateOf: first, slug: kept[0]!.slug });
  });

  it('stops on a malformed row with an error naming the list and the line, and leaves the previous collection alone', async () => {
    const output = join(work, 'kept');
    await ingest({ input: RAW_DIR, output, reportPath: join(work, 'kept.json') });
    const before = await readdir(output);
    const input = await inputWith(`file,url,site,fetched_at\n${first},https://example.gov.vn/tin/1,,\n${second},example.gov.vn/tin/2,,\n`);
    await expect(ingest({ input, output, reportPath: join(work, 'kept.json') })).rejects.toThrow(
      'sources.csv, line 3: the url column must be an http(s) address',
    );
    expect(await readdir(output)).toEqual(before);
  });
});
