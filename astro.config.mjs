// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/**
 * Where the site will live. SITE_URL is the origin (https://example.org), BASE_PATH the
 * sub-path it is served under (/archive/); both are read at build time.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Reports are kept as written: no curly quotes or ellipses put in by the renderer.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Raw reports and the search page (noindex) are not pages to list for search engines.
  integrations: [sitemap({ filter: (page) => !/\/(nguon|tim-kiem)\//.test(page) }), pagefindIntegration()],
});
