import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../lib/search/index-site-fs.ts';

/** Builds the Pagefind index after Astro has written the site, in the same output folder. */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Indexing the built articles with Pagefind…');
        const { pages, uniqueWords, seconds } = await indexSite(fileURLToPath(dir), base);
        logger.info(`Pagefind indexed ${pages} pages (${uniqueWords} distinct words) in ${seconds.toFixed(2)} s.`);
      },
    },
  };
}
