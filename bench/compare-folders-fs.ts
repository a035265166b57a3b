import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapAtMost } from '../src/lib/fs/map-at-most.ts';

const filesIn = async (folder: string) =>
  (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)).sort();

/**
 * Where two built sites differ, byte for byte: the files only one of them has and the
 * files whose bytes differ, as paths relative to the folders. Empty when identical.
 */
export async function compareFolders(a: string, b: string): Promise<{ files: number; differing: string[] }> {
  const [inA, inB] = await Promise.all([filesIn(a), filesIn(b)]);
  const inBoth = new Set(inB);
  const differing = [...inA.filter((file) => !inBoth.has(file)), ...inB.filter((file) => !new Set(inA).has(file))];
  const same = await mapAtMost(
    inA.filter((file) => inBoth.has(file)),
    32,
    async (file) => [file, (await readFile(join(a, file))).equals(await readFile(join(b, file)))] as const,
  );
  differing.push(...same.filter(([, equal]) => !equal).map(([file]) => file));
  return { files: new Set([...inA, ...inB]).size, differing: differing.sort() };
}
