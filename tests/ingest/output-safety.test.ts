import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/lib/config/archive-options.ts';
import { ingest } from '../../src/lib/ingest/ingest-fs.ts';
import { INGEST_CACHE } from '../../src/lib/ingest/ingest-cache-fs.ts';
import { MANIFEST } from '../../src/lib/ingest/output-folder-fs.ts';
import { ingestCli } from '../helpers/ingest-cli.ts';
import { RAW_DIR, seedFiles } from '../helpers/seeds.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'output-safety-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** A sandbox like the issue's: `raw/` with the seeds and an unrelated file beside it. */
async function sandbox(): Promise<string> {
  const folder = await mkdtemp(join(work, 'sandbox-'));
  await cp(RAW_DIR, join(folder, 'raw'), { recursive: true });
  await writeFile(join(folder, 'notes.txt'), 'my own notes');
  return folder;
}

/** Every file below a folder with its bytes, to show nothing changed. */
async function tree(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file, await readFile(file, 'base64')])));
}

async function refused(options: { input: string; output: string; reportPath?: string; allowEmpty?: boolean }): Promise<string> {
  const error = await ingest({ reportPath: join(work, 'report.json'), ...options }).then(
    () => null,
    (caught: Error) => caught,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error!.message;
}

describe('the ingest never deletes what it did not write', () => {
  it('refuses an output that contains the input (--output content), and touches nothing', async () => {
    const folder = await sandbox();
    const before = await tree(folder);
    const message = await refused({ input: join(folder, 'raw'), output: folder });
    expect(message).toContain(folder);
    expect(message).toMatch(/contains or sits inside the input folder.*--output DIR/s);
    expect(await tree(folder)).toEqual(before);
  });

  it('refuses an output that is the input, or sits inside it', async () => {
    const folder = await sandbox();
    const before = await tree(folder);
    await refused({ input: join(folder, 'raw'), output: join(folder, 'raw') });
    await refused({ input: join(folder, 'raw'), output: join(folder, 'raw', 'articles') });
    expect(await tree(folder)).toEqual(before);
  });

  it('refuses an output folder holding files it did not write, and says which', async () => {
    const folder = await sandbox();
    await mkdir(join(folder, 'site'));
    await writeFile(join(folder, 'site', 'index.html'), '<p>mine</p>');
    const message = await refused({ input: join(folder, 'raw'), output: join(folder, 'site') });
    expect(message).toMatch(/holds files the ingest did not write \(index\.html\)/);
    expect(await readFile(join(folder, 'site', 'index.html'), 'utf8')).toBe('<p>mine</p>');
  });

  it('marks its own collection, writes it again, and refuses it once a foreign file is added', async () => {
    const folder = await sandbox();
    const output = join(folder, 'articles');
    await ingest({ input: join(folder, 'raw'), output, reportPath: join(folder, 'report.json') });
    expect(await readdir(output)).toContain(MANIFEST);
    await ingest({ input: join(folder, 'raw'), output, reportPath: join(folder, 'report.json') });
    await writeFile(join(output, 'draft.md'), 'my draft');
    expect(await refused({ input: join(folder, 'raw'), output })).toContain('draft.md');
    expect(await readFile(join(output, 'draft.md'), 'utf8')).toBe('my draft');
  });

  it('adopts a collection written before the manifest existed', async () => {
    const folder = await sandbox();
    const output = join(folder, 'articles');
    await ingest({ input: join(folder, 'raw'), output, reportPath: join(folder, 'report.json') });
    // Such a collection had neither the manifest nor the newer ingest cache.
    await Promise.all([MANIFEST, INGEST_CACHE].map((name) => rm(join(output, name))));
    const summary = await ingest({ input: join(folder, 'raw'), output, reportPath: join(folder, 'report.json') });
    expect(summary.written).toBe(seedFiles.length);
  });

  it('refuses a report written inside the input or the output', async () => {
    const folder = await sandbox();
    const message = await refused({ input: join(folder, 'raw'), output: join(folder, 'articles'), reportPath: join(folder, 'raw', 'report.json') });
    expect(message).toMatch(/--report FILE/);
  });

  it('refuses to write the report over a file that is not an ingest report', async () => {
    const folder = await sandbox();
    const message = await refused({ input: join(folder, 'raw'), output: join(folder, 'articles'), reportPath: join(folder, 'notes.txt') });
    expect(message).toContain(`refusing to overwrite ${join(folder, 'notes.txt')}`);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('my own notes');
  });

  it('an empty input never empties a collection, unless asked', async () => {
    const folder = await sandbox();
    const output = join(folder, 'articles');
    const reportPath = join(folder, 'report.json');
    await ingest({ input: join(folder, 'raw'), output, reportPath });
    const collection = await tree(output);
    await mkdir(join(folder, 'empty'));
    expect(await refused({ input: join(folder, 'empty'), output, reportPath })).toMatch(/holds no reports.*--allow-empty/s);
    expect(await tree(output)).toEqual(collection);
    await ingest({ input: join(folder, 'empty'), output, reportPath, allowEmpty: true });
    expect(await readdir(output)).toEqual([MANIFEST]);
  });

  it('an empty input into a new folder is no harm: an empty collection', async () => {
    const folder = await sandbox();
    await mkdir(join(folder, 'empty'));
    const summary = await ingest({ input: join(folder, 'empty'), output: join(folder, 'articles'), reportPath: join(folder, 'report.json') });
    expect(summary.read).toBe(0);
  });
});

describe('the ingest CLI on a dangerous or mistaken call', () => {
  const cli = ingestCli;

  it('--input sandbox/raw --output sandbox: exit 2, the raw folder and the file beside it kept', async () => {
    const folder = await sandbox();
    const before = await tree(folder);
    const { code, stderr } = await cli('--input', join(folder, 'raw'), '--output', folder, '--report', join(work, 'cli.json'));
    expect(code).toBe(2);
    expect(stderr).toContain(`refusing to write the collection to ${folder}`);
    expect(await tree(folder)).toEqual(before);
  });

  it('a missing input folder is a usage error (exit 2) in words, not ENOENT', async () => {
    const missing = join(work, 'no-such-folder');
    const { code, stderr } = await cli('--input', missing, '--output', join(work, 'x'), '--report', join(work, 'x.json'));
    expect(code).toBe(2);
    expect(stderr).toContain(`the input folder ${missing} does not exist`);
    expect(stderr).not.toMatch(/ENOENT/);
  });
});
