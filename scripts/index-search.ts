import { indexSite } from '../src/lib/search/index-site-fs.ts';

/**
 * `node scripts/index-search.ts SITE [--json]`: the Pagefind step over a site Astro has
 * built, in a process of its own, started once Astro's has ended (see build-site-fs.ts).
 * Parts of SEARCH_PART_PAGES articles, as the archive options say. With --json it prints
 * its result as JSON, for the bench, which times this same step.
 */
const args = process.argv.slice(2);
const site = args.find((arg) => arg !== '--json');
if (!site) {
  console.error('index-search: name the folder of the built site.');
  process.exit(2);
}
const result = await indexSite(site);
console.log(args.includes('--json') ? JSON.stringify(result) : `Pagefind indexed ${result.pages} pages${result.parts > 1 ? ` in ${result.parts} parts` : ''} in ${result.seconds.toFixed(2)} s.`);
// Pagefind's close() kills its service without waiting for it: a pause lets Node reap it
// before this process exits, so that nothing is left behind and GNU time counts its memory.
await new Promise((done) => setTimeout(done, 200));
