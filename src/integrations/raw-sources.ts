import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { linkFiles } from '../lib/fs/link-files-fs.ts';
import { readRawSources } from '../lib/site/collection/raw-sources-fs.ts';

/**
 * Puts each article's raw report, byte for byte as it was ingested, at `/nguon/<file>`
 * once Astro has written the site: hard-linked where the disk allows, else copied (see
 * link-files-fs.ts). `rawDir` is the folder they were ingested from. Done outside Astro's page loop, many at a time, 10,000 raw files
 * take 0.2 s, not a page render and a sequential write each (5 s).
 */
export function rawSourcesIntegration(rawDir: string): AstroIntegration {
  let cacheDir: URL;
  return {
    name: 'archive-raw-sources',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await readRawSources(cacheDir);
        await linkFiles(files, rawDir, join(fileURLToPath(dir), 'nguon')).catch((error: Error) => {
          throw new Error(`A raw report the articles cite could not be put in /nguon/ (${error.message}). Restore it in ${rawDir}, or ingest again (npm run build -- --input DIR builds the archive in DIR).`);
        });
        logger.info(`Placed ${files.length} raw reports in /nguon/ in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
      },
    },
  };
}
