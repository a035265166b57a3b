import { mkdir, readFile, writeFile } from 'node:fs/promises';
const LIST = 'archive-raw-sources.json';

/**
 * Notes which raw reports the collection cites, in Astro's cache folder, so that the
 * build step that puts them in `/nguon/` needs neither the collection nor a second
 * read of every article's front matter.
 */
export async function recordRawSources(cacheDir: URL, files: string[]): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeFile(new URL(LIST, cacheDir), JSON.stringify(files));
}

/** The raw reports the collection cited at its last sync. */
export async function readRawSources(cacheDir: URL): Promise<string[]> {
  return JSON.parse(await readFile(new URL(LIST, cacheDir), 'utf8')) as string[];
}
