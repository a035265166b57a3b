import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, htmlFiles, serveSite } from '../support/static-site-fs.ts';
import { DATA_LICENCE } from '../../src/lib/site/ui/site-info.ts';
import { SITE_URL, SUB_PATH } from '../helpers/site-builds.ts';

/**
 * Crawls a build served under `base` only, as a static host would serve it, so a link
 * that leaves the base is broken too. Links to other origins are not fetched; they are
 * returned for the caller to judge.
 */
async function crawl(root: string, base: string) {
  const server = await serveSite(root, base);
  const elsewhere = new Set<string>();
  try {
    const result = await new LinkChecker().check({
      // The 404 and search pages are reached by no link (a search is a form), so the crawl starts there too.
      path: ['', '404.html', 'tim-kiem/'].map((path) => `${server.origin}${base}${path}`),
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 4,
      linksToSkip: async (link) => {
        if (link.startsWith(server.origin)) return false;
        elsewhere.add(link);
        return true;
      },
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (${link.status}) on ${link.parent}`);
    return { broken, checked: result.links.filter((link) => link.state === 'OK').length, elsewhere: [...elsewhere] };
  } finally {
    await server.close();
  }
}

/** Absolute URLs of the site itself (canonical, feed, sitemap) that fall outside `base` or point to no file. */
function strayAbsoluteUrls(root: string, base: string, urls: string[]): string[] {
  const prefix = `${SITE_URL}${base}`;
  return urls.filter((url) => !url.startsWith(prefix) || !fileFor(root, `/${url.slice(prefix.length)}`));
}

const absoluteUrlsIn = (root: string, files: string[]) =>
  files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]).filter((url) => url.startsWith(SITE_URL)));

describe.each([
  ['at the domain root', 'siteAtRoot', '/'],
  [`under ${SUB_PATH}`, 'siteUnderArchive', SUB_PATH],
] as const)('the bundled archive built %s', (_, build, base) => {
  const root = inject(build);

  it('every link and asset resolves inside the base, fragments and CSS included', async () => {
    const { broken, checked, elsewhere } = await crawl(root, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlFiles(root).length);
    // The one page elsewhere the bundled archive links to on purpose: the open data's licence.
    expect(strayAbsoluteUrls(root, base, elsewhere.filter((url) => url !== DATA_LICENCE.url))).toEqual([]);
  });

  it('canonical URLs, the feed, the sitemap and robots.txt stay inside the base', () => {
    const files = [...htmlFiles(root), 'rss.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt'];
    const urls = absoluteUrlsIn(root, files);
    expect(urls.length).toBeGreaterThan(htmlFiles(root).length);
    expect(strayAbsoluteUrls(root, base, urls)).toEqual([]);
  });

  it('every page has a search box: a GET form to the search page with a q field (the search page its own, not the header\'s too)', () => {
    for (const file of htmlFiles(root)) {
      const html = readFileSync(join(root, file), 'utf8');
      const boxes = html.match(/<form class="search(?:-page)?"/g) ?? [];
      expect(boxes, file).toEqual([file.startsWith('tim-kiem') ? '<form class="search-page"' : '<form class="search"']);
      const form = /<form class="search(?:-page)?"[^>]*>([\s\S]*?)<\/form>/.exec(html);
      expect(form?.[0], file).toMatch(new RegExp(`action="${base}tim-kiem/" method="get"`));
      expect(form?.[1], file).toContain('name="q"');
    }
  });
});
