// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { archiveOptionsFromEnv } from './src/lib/config/archive-options.ts';
import { rawSourcesIntegration } from './src/integrations/raw-sources.ts';

/**
 * Where the site will live. SITE_URL is the origin (https://example.org), BASE_PATH the
 * sub-path it is served under (/archive/); both are read at build time.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** Which archive: `npm run build -- --input DIR` hands its options to Astro in the environment. */
const archive = archiveOptionsFromEnv();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages render 16 at a time so that one page's file write, which waits on the disk,
  // overlaps the next page's render: at 10,000 articles the page step took 22–26 s
  // against 34–39 s one at a time (4 and 8 in flight: 26–29 s).
  build: { format: 'directory', concurrency: 16 },
  // Astro's experimental.incrementalBuild is left off: measured, it cost more on a full
  // build than it saved on a daily update, and more memory than a large archive has (README, Scale).
  // The search page (noindex) is not a page to list for search engines. The search index
  // is not made here but by `npm run build` once Astro has exited (build-site-fs.ts): inside
  // Astro's process, Pagefind's memory came on top of everything Astro still held.
  integrations: [sitemap({ filter: (page) => !/\/tim-kiem\//.test(page) }), rawSourcesIntegration(archive.input)],
});
