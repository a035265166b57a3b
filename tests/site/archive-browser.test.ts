import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, waitForSearch } from '../support/browser.ts';
import { serveSite } from '../support/static-site-fs.ts';
import { paths } from '../../src/lib/site/ui/paths.ts';
import { UNKNOWN_DATE } from '../../src/lib/site/dates/format-date.ts';

const ARTIFACTS = join(import.meta.dirname, '../../test-results');
const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
/** The build of real pages with a source list, so the article shown has its "Nguồn:" line. */
const site = inject('siteWithSources');
/** A real page listed in the source list, with a photo caption. */
const WITH_SOURCE = paths.article('huyen-vinh-tuong-5-xa-thi-tran-da-to-chuc-dai-hoi-dang-bo-nhiem-ky-2020-2025');
const PAGES = [
  ['home', paths.home()],
  ['article-with-source', WITH_SOURCE],
  ['year', paths.facet('year', '2020')],
  ['about', paths.about()],
] as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveSite(site);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a credible archive, in Chromium', () => {
  it.each([390, 1280])('home, an article with a source, a year page and the about page fit %i px; screenshots saved', async (width) => {
    for (const [name, path] of PAGES) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${server.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `archive-${name}-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it.each([...PAGES, ['open data', paths.openData()] as const])('%s has no axe violations, light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      await page.goto(`${server.origin}${path}`);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.close();
    }
  });

  it('sets body text at 65–75 characters a line on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${WITH_SOURCE}`);
    const perLine = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll<HTMLParagraphElement>('article .body p')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
      const lines = Math.round(paragraph.getBoundingClientRect().height / parseFloat(getComputedStyle(paragraph).lineHeight));
      return paragraph.textContent!.length / lines;
    });
    expect(perLine).toBeGreaterThanOrEqual(65);
    expect(perLine).toBeLessThanOrEqual(75);
    await page.close();
  });

  it('marks a photo caption with an "Ảnh:" label, set apart from the text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${WITH_SOURCE}`);
    const caption = await page.evaluate(() => {
      const figure = document.querySelector('figure.photo-caption')!;
      const paragraph = document.querySelector('article .body > p')!;
      return { label: getComputedStyle(figure, '::before').content, border: getComputedStyle(figure).borderTopStyle, font: getComputedStyle(figure).fontFamily !== getComputedStyle(paragraph).fontFamily };
    });
    expect(caption).toEqual({ label: '"Ảnh:"', border: 'dashed', font: true });
    await page.close();
  });

  it('writes search results’ dates in the list form', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${paths.search()}?q=huyen`);
    await waitForSearch(page);
    const dates = await page.$$eval('[data-results] .meta', (metas) => metas.map((meta) => meta.textContent!.split(' · ')[0]!));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date === 'Không rõ ngày' || /^(\d{1,2}\/\d{1,2}\/\d{4}|Tháng \d{1,2}\/\d{4})$/.test(date), date).toBe(true);
    expect(UNKNOWN_DATE).toBe('Không rõ ngày');
    await page.close();
  });
});
