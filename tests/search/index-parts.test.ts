import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchPartCount, searchPartFolder } from '../../src/lib/search/search-parts.ts';
import { collectErrors, launchChromium, resultSlugs, waitForSearch } from '../support/browser.ts';
import { serveSite } from '../support/static-site-fs.ts';
import { SUB_PATH, SUB_PATH_PART_PAGES } from '../helpers/site-builds.ts';

/**
 * Searches as a reader's URL would ask them. Each part ranks its pages by its own word
 * statistics, so the order may differ from one bundle's. And Pagefind drops a query word
 * that an index lacks altogether (see README, "Scale"), so a part without one of several
 * words returns its pages with the others: `same` marks the searches where every word is
 * in every part, or there are no words, which must find exactly what one bundle finds.
 */
const QUERIES: [string, { same: boolean }][] = [
  ['q=huyen', { same: true }],
  ['q=%22dang+uy%22', { same: true }],
  ['q=huyen&sort=newest', { same: true }],
  ['district=Ba+Ch%E1%BA%BD', { same: true }],
  ['q=giai+phong+mat+bang', { same: false }],
  ['q=Ki%E1%BA%BFn+Thu%E1%BB%B5', { same: false }],
  ['q=huy%E1%BB%87n&year=2021', { same: true }],
];

const ARTICLES = readdirSync(inject('siteArticles')).filter((name) => name.endsWith('.md')).length;

describe('a search index built in parts', () => {
  const root = inject('siteUnderArchive');
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let oneBundle: Awaited<ReturnType<typeof serveSite>>;
  let inParts: Awaited<ReturnType<typeof serveSite>>;

  beforeAll(async () => {
    [oneBundle, inParts] = await Promise.all([serveSite(inject('siteAtRoot')), serveSite(root, SUB_PATH)]);
    browser = await launchChromium();
    page = await browser.newPage();
    errors = collectErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([oneBundle?.close(), inParts?.close()]);
  });

  it('writes one Pagefind bundle per part, each with its share of the articles', () => {
    const parts = searchPartCount(ARTICLES, SUB_PATH_PART_PAGES);
    expect(parts).toBeGreaterThan(1);
    const counts = Array.from({ length: parts }, (_, part) => {
      const entry = JSON.parse(readFileSync(join(root, searchPartFolder(part), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    });
    expect(counts.every((count) => count > 0 && count <= SUB_PATH_PART_PAGES)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBe(ARTICLES);
    expect(readdirSync(root).filter((name) => name.startsWith('pagefind'))).toHaveLength(parts);
  });

  it.each(QUERIES)('finds every page one bundle finds: %s', async (query, { same }) => {
    const search = async (origin: string, base: string) => {
      await page.goto(`${origin}${base}tim-kiem/?${query}`);
      await waitForSearch(page);
      return resultSlugs(page);
    };
    const one = await search(oneBundle.origin, '/');
    const parted = await search(inParts.origin, SUB_PATH);
    expect(one.length).toBeGreaterThan(0);
    if (same) expect([...parted].sort()).toEqual([...one].sort());
    else expect(parted).toEqual(expect.arrayContaining(one));
    expect(errors).toEqual([]);
  });
});
