import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../lib/search/index-site-fs.ts';

/** Builds the Pagefind index after Astro has written the site, in the same output folder. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Indexing the built articles with Pagefind…');
        const { pages, seconds } = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages in ${seconds.toFixed(2)} s.`);
      },
    },
  };
}
