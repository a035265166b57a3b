import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../lib/search/index-site-fs.ts';

/** Builds the Pagefind index after Astro has written the site, in the same output folder, in parts of at most `partPages` articles. */
export function pagefindIntegration(partPages: number): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Indexing the built articles with Pagefind…');
        const { pages, parts, seconds } = await indexSite(fileURLToPath(dir), partPages);
        logger.info(`Pagefind indexed ${pages} pages${parts > 1 ? ` in ${parts} parts` : ''} in ${seconds.toFixed(2)} s.`);
      },
    },
  };
}
