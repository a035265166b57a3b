import { indexSite } from '../src/lib/search/index-site-fs.ts';

/**
 * `node scripts/index-search.ts SITE`: the Pagefind step over a site Astro has built, in
 * a process of its own, started once Astro's has ended (see build-site-fs.ts). Parts of
 * SEARCH_PART_PAGES articles, as the archive options say.
 */
const [site] = process.argv.slice(2);
if (!site) {
  console.error('index-search: name the folder of the built site.');
  process.exit(2);
}
const { pages, parts, seconds } = await indexSite(site);
console.log(`Pagefind indexed ${pages} pages${parts > 1 ? ` in ${parts} parts` : ''} in ${seconds.toFixed(2)} s.`);
