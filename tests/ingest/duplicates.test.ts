import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../../src/lib/ingest/ingest-fs.ts';
import { readSeedText, seedFiles } from '../helpers/seeds.ts';

let work: string;
let summary: IngestSummary;
let articles: Record<string, matter.GrayMatterFile<string>>;

const seed = readSeedText(seedFiles[0]!);
const lines = seed.split('\n');
const longest = lines.reduce((best, line, index) => (line.length > lines[best]!.length ? index : best), 0);
/** The same report posted again: one sentence added to its longest paragraph. */
const reposted = lines.map((line, index) => (index === longest ? `${line} Tin được đăng lại từ Cổng thông tin tỉnh.` : line)).join('\n');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'duplicates-'));
  const input = join(work, 'raw');
  const files: Record<string, string | Buffer> = {
    'a.txt': seed,
    'b.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]),
    'c.txt': seed.replaceAll('\n', '\r\n'),
    'tinh/d.txt': reposted,
    'other.txt': 'Cùng một tiêu đề khác\n05/05/2020 09:00\nMột bài hoàn toàn khác.\n',
  };
  await mkdir(join(input, 'tinh'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(input, name), bytes);
  summary = await ingest({ input, output: join(work, 'articles'), reportPath: join(work, 'report.json') });
  const names = (await readdir(join(work, 'articles'))).filter((name) => name.endsWith('.md'));
  articles = Object.fromEntries(await Promise.all(names.map(async (name) => [name, matter(await readFile(join(work, 'articles', name), 'utf8'))])));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the same report ingested more than once', () => {
  it('the same text under three names (one with a BOM, one with CRLF) is one article listing every source file', () => {
    const merged = Object.values(articles).filter((article) => article.data.source.file === 'a.txt');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.data.duplicates.map((source: { file: string }) => source.file)).toEqual(['b.txt', 'c.txt']);
    expect(merged[0]!.data.duplicates[0].encoding).toBe('utf-8-bom');
  });

  it('the same report reposted with a sentence more stays an article, linked both ways', () => {
    const first = Object.values(articles).find((article) => article.data.source.file === 'a.txt')!;
    const repost = Object.values(articles).find((article) => article.data.source.file === 'tinh/d.txt')!;
    expect(first.data.reposts).toEqual([repost.data.slug]);
    expect(repost.data.reposts).toEqual([first.data.slug]);
    expect(Object.values(articles).find((article) => article.data.source.file === 'other.txt')!.data.reposts).toBeUndefined();
  });

  it('counts them in the summary and the JSON report, each file named', async () => {
    expect(summary).toMatchObject({ read: 5, written: 3, duplicates: 2, reposts: 2, errors: 0 });
    const report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8')) as IngestSummary;
    const slugOfA = report.files.find((file) => file.file === 'a.txt')!.slug;
    expect(report.files.find((file) => file.file === 'b.txt')).toMatchObject({ duplicateOf: 'a.txt', slug: slugOfA });
    expect(report.files.find((file) => file.file === 'tinh/d.txt')).toMatchObject({ repostedIn: ['a.txt'] });
    expect(report).toMatchObject({ duplicates: 2, reposts: 2 });
  });
});
