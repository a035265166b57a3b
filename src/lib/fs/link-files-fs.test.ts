import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkFiles } from './link-files-fs.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'link-files-'));
  await mkdir(join(work, 'from/2021'), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('linkFiles', () => {
  it('puts each file, byte for byte, at the same path, folders included', async () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0xc4, 0x90, 0xff, 0x00, 0x0d, 0x0a]);
    await writeFile(join(work, 'from/2021/bản tin #1.txt'), bytes);
    await writeFile(join(work, 'from/a.txt'), 'a');
    await linkFiles(['2021/bản tin #1.txt', 'a.txt', 'a.txt'], join(work, 'from'), join(work, 'to/nguon'));
    expect(await readFile(join(work, 'to/nguon/2021/bản tin #1.txt'))).toEqual(bytes);
    expect(await readFile(join(work, 'to/nguon/a.txt'), 'utf8')).toBe('a');
  });

  it('makes each new folder once, however many copies wait on it', async () => {
    const files = Array.from({ length: 200 }, (_, i) => `2021/${i}.txt`);
    await Promise.all(files.map((file) => writeFile(join(work, 'from', file), file)));
    await linkFiles(files, join(work, 'from'), join(work, 'to'), 64);
    expect((await readdir(join(work, 'to/2021'))).length).toBe(200);
  });

  it('refuses a path that leaves the source folder, and copies nothing outside', async () => {
    await writeFile(join(work, 'secret.txt'), 'secret');
    await expect(linkFiles(['../secret.txt'], join(work, 'from'), join(work, 'to'))).rejects.toThrow(/outside/);
    await expect(readdir(join(work, 'to'))).rejects.toThrow();
  });

  it('names the missing file when a source is gone', async () => {
    await expect(linkFiles(['gone.txt'], join(work, 'from'), join(work, 'to'))).rejects.toThrow(/gone\.txt/);
  });
});
