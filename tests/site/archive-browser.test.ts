import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { waitForSearch } from '../support/browser.ts';
import { ARTIFACTS, axeViolations, siteInChromium } from '../support/site-in-chromium.ts';
import { paths } from '../../src/lib/site/ui/paths.ts';
import { UNKNOWN_DATE } from '../../src/lib/site/dates/format-date.ts';

/** The build of real pages with a source list, so the article shown has its "Nguồn:" line. */
const site = inject('siteWithSources');
/** A real page listed in the source list, with a photo caption. */
const WITH_SOURCE = paths.article('huyen-vinh-tuong-5-xa-thi-tran-da-to-chuc-dai-hoi-dang-bo-nhiem-ky-2020-2025-2020-05-05');
const PAGES = [
  ['home', paths.home()],
  ['article-with-source', WITH_SOURCE],
  ['year', paths.facet('year', '2020')],
  ['about', paths.about()],
] as const;

const { open } = siteInChromium(site);

describe('a credible archive, in Chromium', () => {
  it.each([390, 1280])('home, an article with a source, a year page and the about page fit %i px; screenshots saved', async (width) => {
    for (const [name, path] of PAGES) {
      const { page, errors } = await open(path, width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `archive-${name}-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it.each([...PAGES, ['open data', paths.openData()] as const])('%s has no axe violations, light and dark', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(path, 1280, colorScheme);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.close();
    }
  });

  it('sets body text at 65–75 characters a line on a wide screen', async () => {
    const { page } = await open(WITH_SOURCE);
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
    const { page } = await open(WITH_SOURCE);
    const caption = await page.evaluate(() => {
      const figure = document.querySelector('figure.photo-caption')!;
      const paragraph = document.querySelector('article .body > p')!;
      return { label: getComputedStyle(figure, '::before').content, border: getComputedStyle(figure).borderTopStyle, font: getComputedStyle(figure).fontFamily !== getComputedStyle(paragraph).fontFamily };
    });
    expect(caption).toEqual({ label: '"Ảnh:"', border: 'dashed', font: true });
    await page.close();
  });

  it('writes search results’ dates in the list form', async () => {
    const { page } = await open(`${paths.search()}?q=huyen`);
    await waitForSearch(page);
    const dates = await page.$$eval('[data-results] .meta', (metas) => metas.map((meta) => meta.textContent!.split(' · ')[0]!));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date === 'Không rõ ngày' || /^(\d{1,2}\/\d{1,2}\/\d{4}|Tháng \d{1,2}\/\d{4})$/.test(date), date).toBe(true);
    expect(UNKNOWN_DATE).toBe('Không rõ ngày');
    await page.close();
  });
});
