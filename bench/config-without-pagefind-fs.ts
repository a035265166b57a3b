import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/**
 * Writes an Astro config that is the project's own minus the Pagefind step, so the
 * benchmark can time the Astro build and the search index apart and show both. It fails
 * the build if the step is not found, rather than silently timing it inside Astro.
 * `cacheDir` gives the build a cache of its own (the content store, the incremental
 * build's pages), apart from the project's.
 */
export async function writeConfigWithoutPagefind(file: string, projectConfig: string, cacheDir?: string): Promise<void> {
  await writeFile(
    file,
    [
      `import config from ${JSON.stringify(pathToFileURL(projectConfig).href)};`,
      "const integrations = config.integrations.filter((integration) => integration.name !== 'archive-pagefind');",
      "if (integrations.length === config.integrations.length) throw new Error('bench: no Pagefind integration to leave out');",
      `export default { ...config, integrations${cacheDir ? `, cacheDir: ${JSON.stringify(`${cacheDir}/`)}` : ''} };`,
      '',
    ].join('\n'),
  );
}
