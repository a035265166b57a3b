import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, axeViolations, siteInChromium } from '../support/site-in-chromium.ts';
import { paths } from '../../src/lib/site/ui/paths.ts';
import { seedArticles } from '../helpers/seeds.ts';
import { SITE_URL } from '../helpers/site-builds.ts';
import { vi } from '../../src/lib/site/ui/vi.ts';

const site = inject('siteAtRoot');
const reports = seedArticles();
/** An article with a photo caption, so the screenshots show one. */
const captioned = reports.find((report) => report.captions.length > 0)!;

const chromium = siteInChromium(site);
const { open } = chromium;

describe('a reader in Chromium', () => {
  it('opens the home page, follows a link to an article and comes back, with no console errors', async () => {
    const { page, errors } = await open(paths.home());
    const first = page.locator('ul.articles a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/bai-viet\//);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await page.goBack();
    await page.waitForURL(`${chromium.origin}/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe(vi.site.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([360, 390, 1280])('fits home, a listing, an article and an official in %i px, and saves screenshots', async (width) => {
    for (const [name, path] of [['home', paths.home()], ['listing', paths.all()], ['article', paths.article(captioned.slug)], ['official', paths.official('le-tien-nhat-ha-noi')]] as const) {
      const { page, errors } = await open(path, width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it.each([360, 390, 1280])('wraps a 200-character unbroken title and line at %i px: no sideways scroll', async (width) => {
    const word = 'Đ'.padEnd(200, 'aăâbcdđeêghiklmnoôơpqrstuưvxy');
    for (const [path, selectors] of [[paths.article(captioned.slug), ['h1', 'article p', 'figcaption', 'dl.facts dd']], [paths.all(), ['ul.articles a']]] as const) {
      const { page } = await open(path, width);
      await page.evaluate(
        ({ word, selectors }) => selectors.forEach((selector) => document.querySelectorAll(selector).forEach((element) => (element.textContent = word))),
        { word, selectors: [...selectors] },
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('shows the skip link, outlined, when the keyboard reaches it first', async () => {
    const { page } = await open(paths.home());
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { href: element.getAttribute('href'), visible: box.left >= 0 && box.top >= 0 && box.width > 0, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ href: '#main', visible: true, outline: 'solid' });
    await page.close();
  });

  it('prints an article without the site chrome', async () => {
    const { page } = await open(paths.article(captioned.slug));
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    const chrome = ['header.site', 'footer.site', 'nav.neighbours', 'section[aria-labelledby="related"]'];
    expect(await Promise.all(chrome.map(shown))).toEqual(chrome.map(() => false));
    expect([await shown('article h1'), await shown('figcaption')]).toEqual([true, true]);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['home', paths.home()],
    ['a listing', paths.all()],
    ['an article', paths.article(reports[0]!.slug)],
    ['an article with a caption', paths.article(captioned.slug)],
    ['the 404 page', '/404.html'],
    ['the officials index', paths.officials()],
    ['an official', paths.official('le-tien-nhat-ha-noi')],
    ['a cited document', paths.document('04-ctr-hu-my-duc-ha-noi')],
    ['the open data page', paths.openData()],
    ['the search page', `${paths.search()}?q=dang+uy`],
  ])('%s has no violations, light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(path, 1280, colorScheme);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });
});

describe("feeds, read with the browser's XML parser", () => {
  /** Parses an XML file of the build; a malformed file fails here. */
  async function parse<T>(file: string, read: (doc: Document) => T): Promise<T> {
    const page = await chromium.browser.newPage();
    const xml = readFileSync(join(site, file), 'utf8');
    const doc = await page.evaluateHandle((text) => new DOMParser().parseFromString(text, 'application/xml'), xml);
    expect(await doc.evaluate((d) => d.getElementsByTagName('parsererror').length), file).toBe(0);
    const result = await doc.evaluate(read);
    await page.close();
    return result;
  }

  it('the RSS 2.0 feed parses, in Vietnamese, with one item per dated article', async () => {
    const feed = await parse('rss.xml', (doc) => ({
      version: doc.documentElement.getAttribute('version'),
      language: doc.querySelector('channel > language')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        pubDate: item.querySelector('pubDate')?.textContent,
        creator: item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent ?? null,
      })),
    }));
    expect(feed.version).toBe('2.0');
    expect(feed.language).toBe('vi');
    const dated = reports.filter((report) => report.publishedAt).toSorted((a, b) => b.publishedAt!.localeCompare(a.publishedAt!));
    expect(feed.items).toEqual(
      dated.map((report) => ({
        title: report.title,
        link: `${SITE_URL}${paths.article(report.slug)}`,
        pubDate: new Date(report.publishedAt!).toUTCString(),
        creator: report.byline,
      })),
    );
  });

  it('the sitemap index and sitemap parse, and list every article', async () => {
    const sitemaps = await parse('sitemap-index.xml', (doc) => [...doc.querySelectorAll('sitemap > loc')].map((loc) => loc.textContent!));
    expect(sitemaps).toEqual([`${SITE_URL}/sitemap-0.xml`]);
    const urls = await parse('sitemap-0.xml', (doc) => [...doc.querySelectorAll('url > loc')].map((loc) => loc.textContent!));
    expect(urls).toEqual(expect.arrayContaining(reports.map((report) => `${SITE_URL}${paths.article(report.slug)}`)));
  });
});
