import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/**
 * Writes an Astro config that is the project's own with a cache folder of its own (the
 * content store), so that a benchmark's or a test's builds neither reuse nor disturb the
 * project's cache, nor each other's.
 */
export async function writeConfigWithCache(file: string, projectConfig: string, cacheDir: string): Promise<void> {
  await writeFile(file, [`import config from ${JSON.stringify(pathToFileURL(projectConfig).href)};`, `export default { ...config, cacheDir: ${JSON.stringify(`${cacheDir}/`)} };`, ''].join('\n'));
}
