import { statfsSync } from 'node:fs';
import { join } from 'node:path';

/** Linux's memory-backed folder, which any process may write to. */
const MEMORY_FOLDER = '/dev/shm';

/**
 * Where a step puts files that live only while it runs: in memory when the system has a
 * memory-backed folder with `bytes` free, else in `fallback`. On a virtual disk creating
 * and removing thousands of small files costs far more, and varies far more from run to
 * run, than the work done with them (README, "Scale"). What a tool makes of a folder
 * it walks may depend on where it is: Pagefind numbers pages in the order the file system
 * lists them.
 */
export function scratchFolder(name: string, bytes: number, fallback: string): string {
  try {
    const { bavail, bsize } = statfsSync(MEMORY_FOLDER);
    if (bavail * bsize >= bytes) return join(MEMORY_FOLDER, name);
  } catch {
    // No such folder (not Linux): the fallback.
  }
  return join(fallback, name);
}
