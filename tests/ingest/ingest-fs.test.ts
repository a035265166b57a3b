import { cp, link, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { ingest, type IngestSummary } from '../../src/lib/ingest/ingest-fs.ts';
import { ingestCli } from '../helpers/ingest-cli.ts';
import { RAW_DIR, readSeed, seedFiles } from '../helpers/seeds.ts';
import { corpusParts, makeReport } from '../../bench/make-corpus.ts';
import { toArticleFile } from '../../src/lib/ingest/article-file.ts';
import { firstChoice, slugCandidate } from '../../src/lib/ingest/assign-slugs.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';

let work: string;

/** The articles in a collection, without the ingest's manifest. */
const articleNames = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();

/** The articles in `folder`, and every hidden file the ingest keeps beside them when `withHidden`. */
async function snapshot(folder: string, withHidden = false): Promise<Record<string, string>> {
  const files = withHidden ? (await readdir(folder)).sort() : await articleNames(folder);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(folder, f), 'utf8')])));
}

async function freshInput(): Promise<string> {
  const input = await mkdtemp(join(work, 'raw-'));
  await cp(RAW_DIR, input, { recursive: true });
  return input;
}

const ingestInto = (input: string, output: string) =>
  ingest({ input, output, reportPath: join(output, '..', 'report.json') });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ingest-test-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('ingest of the bundled archive', () => {
  let output: string;
  let summary: IngestSummary;
  beforeAll(async () => {
    output = join(await mkdtemp(join(work, 'out-')), 'articles');
    summary = await ingestInto(RAW_DIR, output);
  });

  it('writes one valid article per report', async () => {
    expect(summary).toMatchObject({ read: seedFiles.length, written: seedFiles.length, errors: 0 });
    const files = await snapshot(output);
    expect(Object.keys(files)).toHaveLength(seedFiles.length);
    for (const [name, text] of Object.entries(files)) {
      const data = articleSchema.parse(matter(text).data);
      expect(name).toBe(`${data.slug}.md`);
    }
  });

  it('is deterministic: a second run gives byte-identical files', async () => {
    const first = await snapshot(output);
    await ingestInto(RAW_DIR, output);
    expect(await snapshot(output)).toEqual(first);
  });

  it('writes a JSON report with every input file', async () => {
    const report = JSON.parse(await readFile(join(output, '..', 'report.json'), 'utf8'));
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(seedFiles);
    expect(report.files.every((f: { slug?: string }) => f.slug)).toBe(true);
  });
});

describe('ingest of a folder with problems', () => {
  it('reports a bad file by name and reason, and the others still go through', async () => {
    const input = await freshInput();
    await writeFile(join(input, 'empty.txt'), '');
    await writeFile(join(input, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const output = join(work, 'bad-out');
    const summary = await ingestInto(input, output);
    expect(summary).toMatchObject({ read: seedFiles.length + 2, written: seedFiles.length, errors: 2 });
    expect(summary.files.find((f) => f.file === 'empty.txt')).toMatchObject({ status: 'error', error: 'the file is empty' });
    expect(summary.files.find((f) => f.file === 'binary.txt')?.error).toMatch(/binary/);
  });

  it('removes the article of a raw file that is gone', async () => {
    const input = await freshInput();
    const output = join(work, 'removal-out');
    await ingestInto(input, output);
    await rm(join(input, seedFiles[0]!));
    const summary = await ingestInto(input, output);
    expect(summary.written).toBe(seedFiles.length - 1);
    expect(await articleNames(output)).toHaveLength(seedFiles.length - 1);
  });

  it('gives reports with the same title their dates, and a number when the date is shared too', async () => {
    const input = await freshInput();
    await writeFile(join(input, 'dup-a.txt'), 'Cùng một tiêu đề\n05/05/2020 09:00\nBài A.\n');
    await writeFile(join(input, 'dup-b.txt'), 'Cùng một tiêu đề\n06/05/2020 09:00\nBài B.\n');
    await writeFile(join(input, 'dup-c.txt'), 'Cùng một tiêu đề\n05/05/2020 15:00\nBài C.\n');
    const output = join(work, 'dup-out');
    await ingestInto(input, output);
    const names = (await readdir(output)).filter((name) => name.startsWith('cung-mot-tieu-de')).sort();
    expect(names).toEqual(['cung-mot-tieu-de-2020-05-05-2.md', 'cung-mot-tieu-de-2020-05-05.md', 'cung-mot-tieu-de-2020-05-06.md']);
    const [c, a] = await Promise.all(names.slice(0, 2).map(async (name) => matter(await readFile(join(output, name), 'utf8'))));
    expect([a!.content, a!.data.slug]).toEqual([expect.stringContaining('Bài A.'), 'cung-mot-tieu-de-2020-05-05']);
    expect([c!.content, c!.data.slug]).toEqual([expect.stringContaining('Bài C.'), 'cung-mot-tieu-de-2020-05-05-2']);
  });
});

describe('ingest of an archive it has ingested before', () => {
  /** Ingests `input` into a folder that has the last run's articles, and into an empty one. */
  async function againAndAfresh(input: string, output: string) {
    const summary = await ingestInto(input, output);
    const fresh = join(await mkdtemp(join(work, 'fresh-')), 'articles');
    await ingestInto(input, fresh);
    return { summary, files: await snapshot(output, true), fresh: await snapshot(fresh, true) };
  }

  it('parses only the reports whose bytes changed, and writes what a run from scratch writes', async () => {
    const input = await freshInput();
    const output = join(work, 'again-out');
    expect((await ingestInto(input, output)).reused).toBe(0);

    const unchanged = await againAndAfresh(input, output);
    expect(unchanged.summary.reused).toBe(seedFiles.length);
    expect(unchanged.files).toEqual(unchanged.fresh);

    const edited = seedFiles[1]!;
    await writeFile(join(input, edited), (await readFile(join(input, edited), 'utf8')).replace(/\n\n/, '\n\nMột đoạn mới thêm vào.\n\n'));
    await writeFile(join(input, 'new.txt'), 'Một bài mới\n05/05/2024 09:00\nNội dung bài mới.\n');
    const update = await againAndAfresh(input, output);
    expect(update.summary).toMatchObject({ read: seedFiles.length + 1, reused: seedFiles.length - 1, written: seedFiles.length + 1 });
    expect(Object.values(update.files).some((text) => text.includes('Một đoạn mới thêm vào.'))).toBe(true);
    expect(update.files).toEqual(update.fresh);
  });

  it("renames a reused article when an older report of the same title and day takes its slug, without touching the last run's file", async () => {
    const input = await freshInput();
    const output = join(work, 'rename-out');
    await writeFile(join(input, 'later.txt'), 'Tiêu đề lặp lại\n05/05/2024 09:00\nBài sau.\n');
    await ingestInto(input, output);
    const before = await readFile(join(output, 'tieu-de-lap-lai-2024-05-05.md'), 'utf8');
    const kept = join(work, 'kept-link.md');
    await link(join(output, 'tieu-de-lap-lai-2024-05-05.md'), kept);

    await writeFile(join(input, 'earlier.txt'), 'Tiêu đề lặp lại\n05/05/2024 07:00\nBài trước.\n');
    const update = await againAndAfresh(input, output);
    expect(update.summary.reused).toBe(seedFiles.length + 1);
    expect(update.files['tieu-de-lap-lai-2024-05-05-2.md']).toContain('Bài sau.');
    expect(update.files['tieu-de-lap-lai-2024-05-05.md']).toContain('Bài trước.');
    expect(update.files).toEqual(update.fresh);
    expect(await readFile(kept, 'utf8')).toBe(before);
  });

  it('parses a report again when its source row changes, and merges a reused report with a new copy of it', async () => {
    const input = await freshInput();
    const output = join(work, 'sources-out');
    const [first, second] = seedFiles as [string, string];
    await writeFile(join(input, 'sources.csv'), `file,url\n${first},https://example.org/a\n`);
    await ingestInto(input, output);

    await writeFile(join(input, 'sources.csv'), `file,url\n${first},https://example.org/b\n`);
    await cp(join(input, second), join(input, `zz-copy-of-${second}`));
    const update = await againAndAfresh(input, output);
    expect(update.summary).toMatchObject({ reused: seedFiles.length - 1, duplicates: 1 });
    expect(Object.values(update.files).some((text) => text.includes('https://example.org/b'))).toBe(true);
    expect(update.files).toEqual(update.fresh);

    // The merged article was written with its duplicate's source, so it is parsed again once the copy is gone.
    await rm(join(input, `zz-copy-of-${second}`));
    const after = await againAndAfresh(input, output);
    expect(after.summary).toMatchObject({ reused: seedFiles.length - 1, duplicates: 0 });
    expect(after.files).toEqual(after.fresh);
  });
});

describe('ingest of a large folder', () => {
  it('runs on worker threads and writes what the in-process parser would', async () => {
    const parts = corpusParts(seedFiles.map((file) => parseReport(file, readSeed(file))));
    const input = await mkdtemp(join(work, 'many-'));
    const count = 450;
    for (let i = 0; i < count; i += 1) await writeFile(join(input, `${String(i).padStart(4, '0')}.txt`), makeReport(parts, i));
    const output = join(work, 'many-out');
    const summary = await ingestInto(input, output);
    expect(summary).toMatchObject({ read: count, written: count, errors: 0 });
    const reports = await Promise.all(summary.files.map(async ({ file }) => parseReport(file, await readFile(join(input, file)))));
    // Titles repeat in the corpus, some on the same day: those articles were given another slug after parsing.
    const renamed = summary.files.filter(({ slug }, index) => slug !== firstChoice(slugCandidate(reports[index]!)));
    expect(renamed.length).toBeGreaterThan(0);
    for (const status of [summary.files[0]!, summary.files.at(-1)!, ...renamed.slice(0, 3)]) {
      const report = reports[summary.files.indexOf(status)]!;
      expect(await readFile(join(output, `${status.slug}.md`), 'utf8')).toBe(toArticleFile({ ...report, slug: status.slug! }));
    }
  });
});

describe('the ingest CLI', () => {
  const cli = ingestCli;

  it('--help explains the options and exits 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const option of ['--input', '--output', '--strict', '--help']) expect(stdout).toContain(option);
  });

  it('an unknown option is a usage error (exit 2)', async () => {
    const { code, stderr } = await cli('--bogus');
    expect(code).toBe(2);
    expect(stderr).toMatch(/bogus/);
  });

  it('prints a summary, names a bad file, and exits 1 when one failed', async () => {
    const input = await freshInput();
    await writeFile(join(input, 'empty.txt'), '');
    const output = join(work, 'cli-out');
    const { code, stdout, stderr } = await cli('--input', input, '--output', output, '--report', join(work, 'cli.json'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/read 6 \(0 unchanged, not parsed again\), written 5, warnings \d+, errors 1/);
    expect(stderr).toContain('empty.txt: the file is empty');
    // Nothing else: every line the reader sees on stderr is about one of their files.
    for (const line of stderr.trim().split('\n')) expect(line).toMatch(/^(error|warning)\s+\S+: /);
  });

  it('--strict fails on a warning; without it the run succeeds', async () => {
    const input = await mkdtemp(join(work, 'strict-'));
    await writeFile(join(input, 'no-date.txt'), 'Tiêu đề không có ngày\n\nĐoạn một của bài.\n\nĐoạn hai của bài.\n');
    const args = ['--input', input, '--output', join(work, 'strict-out'), '--report', join(work, 'strict.json')];
    expect((await cli(...args)).code).toBe(0);
    const strict = await cli(...args, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/no-date\.txt: no publication date/);
  });
});
