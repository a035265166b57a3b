import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Swaps `fresh` in for `target` with two renames, so a reader sees the old folder or the
 * new one, never a half-written mix. `target` need not exist yet.
 */
export async function replaceFolder(fresh: string, target: string): Promise<void> {
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}
