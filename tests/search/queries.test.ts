import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, resultSlugs, waitForSearch } from '../support/browser.ts';
import { serveSite } from '../support/static-site-fs.ts';

/** The five bundled reports, by what they are about. */
const S = {
  thanhUy: 'giao-ban-ket-qua-thuc-hien-05-chuong-trinh-cong-tac-cua-huyen-uy-khoa-xxv-va-10-2022-07-20',
  myDuc: 'huyen-uy-giao-ban-danh-gia-ket-qua-thuc-hien-chuong-trinh-04-ctr-hu-cua-huyen-uy-2023-03-15',
  kienThuy: 'huyen-uy-kien-thuy-tap-trung-trien-khai-12-nhiem-vu-trong-tam-trong-nam-2022-2021-12-15',
  baChe: 'ban-thuong-vu-huyen-uy-danh-gia-ket-qua-cong-tac-thang-4-trien-khai-nhiem-vu-2020-05-05',
  thanhTri: 'hoi-nghi-lan-thu-5-ban-chap-hanh-dang-bo-huyen-thanh-tri-khoa-xxiv-nhiem-ky-2020-2021-04-02',
};
const ALL = Object.values(S);

interface Case {
  /** The search string after /tim-kiem/, as a reader's URL would carry it. */
  query: Record<string, string | string[]>;
  must: string[];
  mustNot?: string[];
  /** The result that must come first. */
  first?: string;
}

const CASES: [string, Case][] = [
  ['no tone marks finds the accented phrase', { query: { q: 'giai phong mat bang' }, must: [S.thanhUy, S.kienThuy, S.baChe], mustNot: [S.myDuc, S.thanhTri] }],
  ['the accented phrase', { query: { q: 'giải phóng mặt bằng' }, must: [S.thanhUy, S.kienThuy, S.baChe], mustNot: [S.myDuc, S.thanhTri] }],
  ['d for đ: "duong tinh lo" as a phrase', { query: { q: '"duong tinh lo"' }, must: [S.kienThuy], mustNot: [S.thanhUy, S.myDuc, S.baChe, S.thanhTri] }],
  ['d for đ: "my duc"', { query: { q: 'my duc' }, must: [S.myDuc], mustNot: [S.thanhUy, S.kienThuy, S.baChe, S.thanhTri] }],
  ['d for đ: "dang uy" finds "Đảng ủy"', { query: { q: '"dang uy"' }, must: [S.thanhTri], mustNot: [S.myDuc] }],
  ['đ typed: "Đảng ủy"', { query: { q: '"Đảng ủy"' }, must: [S.thanhTri], mustNot: [S.myDuc] }],
  ['d for đ in a name: "le tien nhat"', { query: { q: '"le tien nhat"' }, must: [S.thanhTri], mustNot: [S.thanhUy, S.myDuc, S.kienThuy, S.baChe] }],
  ['a name with tone marks', { query: { q: '"Nguyễn Văn Cương"' }, must: [S.thanhUy], mustNot: [S.myDuc, S.kienThuy, S.baChe] }],
  ['old tone placement finds new: "Kiến Thuỵ"', { query: { q: 'Kiến Thuỵ' }, must: [S.kienThuy], first: S.kienThuy }],
  ['no marks: "kien thuy"', { query: { q: 'kien thuy' }, must: [S.kienThuy], first: S.kienThuy }],
  ['NFD input', { query: { q: 'Kiến Thụy'.normalize('NFD') }, must: [S.kienThuy], first: S.kienThuy }],
  ['"Ba Che" without marks', { query: { q: 'ba che' }, must: [S.baChe], first: S.baChe }],
  ['"huyện uỷ" old placement', { query: { q: '"Huyện uỷ khoá XXV"' }, must: [S.thanhUy], mustNot: [S.kienThuy] }],
  ['"huyện ủy" new placement finds the same phrase', { query: { q: '"Huyện ủy khóa XXV"' }, must: [S.thanhUy], mustNot: [S.kienThuy] }],
  ['exact placement ranks first: "khoá"', { query: { q: 'khoá' }, must: [S.thanhUy, S.thanhTri, S.baChe], first: S.thanhUy }],
  ['exact placement ranks first: "khóa"', { query: { q: 'khóa' }, must: [S.thanhUy, S.thanhTri, S.baChe], first: S.thanhTri }],
  ['document number 20-NQ/TU', { query: { q: '20-NQ/TU' }, must: [S.baChe], mustNot: [S.thanhUy, S.myDuc, S.kienThuy, S.thanhTri] }],
  ['document number 05-CT/TW', { query: { q: '05-CT/TW' }, must: [S.kienThuy], mustNot: [S.thanhUy, S.myDuc, S.baChe, S.thanhTri] }],
  ['a number no report cites finds nothing', { query: { q: '20-NQ/HU' }, must: [], mustNot: ALL }],
  ['state document 245/2020/NQ-HĐND', { query: { q: '245/2020/NQ-HĐND' }, must: [S.baChe], mustNot: [S.thanhUy, S.myDuc, S.kienThuy, S.thanhTri] }],
  ['document number typed with spaces', { query: { q: '04 - CTr / HU' }, must: [S.myDuc], mustNot: [S.thanhUy, S.kienThuy, S.baChe, S.thanhTri] }],
  ['quoted phrase', { query: { q: '"hội nghị giao ban"' }, must: [S.thanhUy, S.myDuc], mustNot: [S.kienThuy, S.baChe, S.thanhTri] }],
  ['quoted phrase without marks', { query: { q: '"hoi nghi giao ban"' }, must: [S.thanhUy, S.myDuc], mustNot: [S.kienThuy, S.baChe, S.thanhTri] }],
  ['filter by district', { query: { q: 'hội nghị', district: 'Kiến Thụy' }, must: [S.kienThuy], mustNot: [S.thanhUy, S.myDuc, S.baChe, S.thanhTri] }],
  ['filter by year', { query: { q: 'huyện', year: '2021' }, must: [S.kienThuy, S.thanhTri], mustNot: [S.thanhUy, S.myDuc, S.baChe] }],
  ['filter by province', { query: { q: 'huyện', province: 'Hà Nội' }, must: [S.thanhUy, S.myDuc, S.thanhTri], mustNot: [S.kienThuy, S.baChe] }],
  ['filter by a category with đ in it', { query: { q: 'hội nghị', category: 'Đảng, đoàn thể' }, must: [S.thanhTri], mustNot: [S.thanhUy, S.myDuc, S.kienThuy, S.baChe] }],
  ['two values of one filter', { query: { q: 'huyện', year: ['2020', '2023'] }, must: [S.baChe, S.myDuc], mustNot: [S.thanhUy, S.kienThuy, S.thanhTri] }],
  ['filter by kind of cited document: Chỉ thị', { query: { documentKind: 'Chỉ thị' }, must: [S.kienThuy, S.baChe], mustNot: [S.thanhUy, S.myDuc, S.thanhTri] }],
  ['filter by kind of cited document: Chương trình', { query: { documentKind: 'Chương trình' }, must: [S.myDuc], mustNot: [S.thanhUy, S.kienThuy, S.baChe, S.thanhTri] }],
  ['filter by meeting body, with a query', { query: { q: 'hội nghị', meetingBody: 'Thường trực Huyện ủy' }, must: [S.thanhUy, S.myDuc], mustNot: [S.kienThuy, S.baChe, S.thanhTri] }],
  ['filter by meeting body: a Ban Chấp hành plenum', { query: { meetingBody: 'Ban Chấp hành Đảng bộ huyện' }, must: [S.kienThuy, S.thanhTri], mustNot: [S.thanhUy, S.myDuc, S.baChe] }],
  ['a filter alone lists its articles', { query: { district: 'Ba Chẽ' }, must: [S.baChe], mustNot: [S.thanhUy, S.myDuc, S.kienThuy, S.thanhTri] }],
  ['newest first', { query: { q: 'huyện', sort: 'newest' }, must: ALL, first: S.myDuc }],
  ['newest first holds for a phrase query too', { query: { q: 'dang uy', sort: 'newest' }, must: ALL, first: S.myDuc }],
  ['a word no report has', { query: { q: 'xylophone' }, must: [], mustNot: ALL }],
];

let browser: Browser;
let page: Page;
let errors: string[];
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  server = await serveSite(inject('siteAtRoot'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  errors = collectErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const searchUrl = (query: Case['query']) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const v of [value].flat()) params.append(name, v);
  return `${server.origin}/tim-kiem/?${params}`;
};

async function allResults(): Promise<string[]> {
  while (await page.locator('[data-more]').isVisible()) {
    const count = await page.locator('[data-results] li').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length > n, count);
  }
  return resultSlugs(page);
}

describe('Vietnamese queries on the search page', () => {
  it.each(CASES)('%s', async (_, { query, must, mustNot = [], first }) => {
    await page.goto(searchUrl(query));
    await waitForSearch(page);
    const slugs = await allResults();
    for (const slug of must) expect(slugs, `should find ${slug}`).toContain(slug);
    for (const slug of mustNot) expect(slugs, `should not find ${slug}`).not.toContain(slug);
    if (first) expect(slugs[0]).toBe(first);
    expect(errors).toEqual([]);
  });

  it('marks the searched phrase on the article the reader opens, not its syllables elsewhere', async () => {
    await page.goto(searchUrl({ q: 'dang uy' }));
    await waitForSearch(page);
    await page.locator(`[data-results] a[href*="${S.thanhTri}"]`).click();
    await page.waitForURL(new RegExp(S.thanhTri));
    const marked = await page.$$eval('[data-pagefind-body] mark', (marks) => marks.map((mark) => mark.textContent));
    expect(marked.length).toBeGreaterThan(0);
    for (const text of marked) expect(text).toMatch(/^đảng\s+(ủy|uỷ)$/i);
  });
});

/**
 * Ranking: where a query's syllables stand together in the query's order, in the
 * bundled reports, by hand (each checked against the text): `outrank` must all come
 * before every other result, `first` must come first, `only` must be the whole list.
 */
interface Ranked {
  q: string;
  outrank?: string[];
  first?: string;
  only?: string[];
}
const RANKED: [string, Ranked][] = [
  ['compound without marks: "dang uy"', { q: 'dang uy', outrank: [S.thanhUy, S.thanhTri] }],
  ['compound, old placement: "Đảng uỷ" (as written first)', { q: 'Đảng uỷ', outrank: [S.thanhUy, S.thanhTri], first: S.thanhUy }],
  ['compound, new placement: "Đảng ủy" (as written first)', { q: 'Đảng ủy', outrank: [S.thanhUy, S.thanhTri], first: S.thanhTri }],
  ['NFD: "Đảng ủy" decomposed', { q: 'Đảng ủy'.normalize('NFD'), outrank: [S.thanhUy, S.thanhTri], first: S.thanhTri }],
  ['d for đ: "duong tinh lo"', { q: 'duong tinh lo', first: S.kienThuy }],
  ['with marks: "đường tỉnh lộ"', { q: 'đường tỉnh lộ', first: S.kienThuy }],
  ['no marks: "hoi nghi giao ban"', { q: 'hoi nghi giao ban', outrank: [S.thanhUy, S.myDuc] }],
  ['no marks: "thuong truc huyen uy"', { q: 'thuong truc huyen uy', outrank: [S.thanhUy, S.thanhTri, S.myDuc] }],
  ['marks: "Ban Chấp hành"', { q: 'Ban Chấp hành', outrank: [S.thanhUy, S.thanhTri] }],
  ['no marks: "kinh te xa hoi"', { q: 'kinh te xa hoi', outrank: [S.thanhUy, S.thanhTri] }],
  ['no marks: "ket qua thuc hien"', { q: 'ket qua thuc hien', outrank: [S.thanhUy, S.myDuc, S.kienThuy] }],
  ['marks: "nông thôn mới"', { q: 'nông thôn mới', outrank: [S.baChe, S.myDuc, S.kienThuy] }],
  ['a year in the phrase: "nhiem ky 2020"', { q: 'nhiem ky 2020', outrank: [S.baChe, S.thanhTri] }],
  ['no marks: "cong tac can bo"', { q: 'cong tac can bo', outrank: [S.thanhUy, S.kienThuy] }],
  ['marks: "chương trình công tác"', { q: 'chương trình công tác', outrank: [S.thanhUy, S.thanhTri] }],
  ['d for đ: "dai hoi dang bo"', { q: 'dai hoi dang bo', outrank: [S.baChe, S.thanhTri] }],
  ['old placement: "khoá XXV" (as written first)', { q: 'khoá XXV', outrank: [S.thanhUy, S.baChe], first: S.thanhUy }],
  ['new placement: "khóa XXV" (as written first)', { q: 'khóa XXV', outrank: [S.thanhUy, S.baChe], first: S.baChe }],
  ['quoted, no marks: "ban chap hanh"', { q: '"ban chap hanh"', only: [S.thanhUy, S.thanhTri] }],
  ['quoted: "kinh tế xã hội"', { q: '"kinh tế xã hội"', only: [S.thanhUy, S.thanhTri] }],
  ['quotes around part of the query', { q: 'hội nghị "chuyển đổi số"', only: [S.kienThuy] }],
  ['quoted part with d for đ', { q: 'huyen "dai hoi dang bo"', only: [S.baChe, S.thanhTri] }],
  ['document number inside a query', { q: 'nghị quyết 20-NQ/TU', only: [S.baChe] }],
  ['document number typed with spaces, in a query', { q: 'chương trình 04 - CTr / HU', only: [S.myDuc] }],
];

describe('ranked queries: the syllables together, in order, come first', () => {
  it.each(RANKED)('%s', async (_, { q, outrank = [], first, only }) => {
    await page.goto(searchUrl({ q }));
    await waitForSearch(page);
    const slugs = await allResults();
    if (only) expect([...slugs].sort()).toEqual([...only].sort());
    for (const slug of outrank) expect(slugs, `should find ${slug}`).toContain(slug);
    expect([...slugs.slice(0, outrank.length)].sort()).toEqual([...outrank].sort());
    if (first) expect(slugs[0]).toBe(first);
    expect(errors).toEqual([]);
  });

  it('marks the phrase in the excerpts, not a lone syllable of it', async () => {
    await page.goto(searchUrl({ q: 'giai phong mat bang' }));
    await waitForSearch(page);
    const marks = await page.locator('[data-results] p mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('giải phóng mặt bằng');
  });
});

describe('the search URL', () => {
  it('a shared URL gives the same results as typing the query', async () => {
    await page.goto(searchUrl({ q: 'my duc' }));
    await waitForSearch(page);
    const direct = await resultSlugs(page);
    await page.goto(`${server.origin}/tim-kiem/`);
    await page.fill('#search-q', 'my duc');
    await page.press('#search-q', 'Enter');
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual(direct);
    expect(new URL(page.url()).searchParams.get('q')).toBe('my duc');
  });

  it('back and forward restore the query, filters and results', async () => {
    await page.goto(searchUrl({ q: 'huyện' }));
    await waitForSearch(page);
    const before = await resultSlugs(page);
    await page.check('input[name="year"][value="2021"]');
    await page.waitForURL(/year=2021/);
    await waitForSearch(page);
    const filtered = await resultSlugs(page);
    expect(filtered.length).toBeLessThan(before.length);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('year'));
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual(before);
    expect(await page.isChecked('input[name="year"][value="2021"]')).toBe(false);
    await page.goForward();
    await page.waitForURL(/year=2021/);
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual(filtered);
    expect(await page.inputValue('#search-q')).toBe('huyện');
  });

  it('a reader narrows a search by meeting body with a click, and the URL keeps it', async () => {
    await page.goto(searchUrl({ q: 'hội nghị' }));
    await waitForSearch(page);
    await page.check('input[name="meetingBody"][value="Ban Thường vụ Huyện ủy"]');
    await page.waitForURL(/meetingBody=/);
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual([S.baChe]);
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(searchUrl({ q: 'huyện' }));
    expect(await noScript.textContent('main')).toContain('Trang tìm kiếm cần JavaScript');
    await context.close();
  });
});

describe('what the page loads, and when', () => {
  it('loads Pagefind with the page, and the filter index only once the first results are shown', async () => {
    const fresh = await browser.newPage();
    const requested: string[] = [];
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.goto(`${server.origin}/tim-kiem/`);
    await fresh.waitForLoadState('networkidle');
    expect(requested.some((path) => path.endsWith('.pf_meta'))).toBe(true);
    expect(requested.some((path) => path.includes('/pagefind/wasm.'))).toBe(true);
    expect(requested.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    await fresh.fill('#search-q', 'huyện');
    await fresh.press('#search-q', 'Enter');
    await waitForSearch(fresh);
    await fresh.locator('[data-filters] fieldset').first().waitFor();
    const firstFilter = requested.findIndex((path) => path.includes('/pagefind/filter/'));
    const fragments = requested.flatMap((path, i) => (path.includes('/pagefind/fragment/') ? [i] : []));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThanOrEqual(10);
    expect(firstFilter).toBeGreaterThan(Math.max(...fragments));
    await fresh.close();
  });

  it('readies Pagefind for the first query while the reader types, fetching nothing for it; not when opened with a query', async () => {
    for (const [url, readied] of [[`${server.origin}/tim-kiem/`, true], [searchUrl({ q: 'huyện' }), false]] as const) {
      const fresh = await browser.newPage();
      // The terms of the searches the page asks Pagefind's worker for.
      await fresh.addInitScript(() => {
        const terms: unknown[] = [];
        Object.assign(window, { searchedTerms: terms });
        const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
        Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
          const message = args[0] as { method?: string; args?: unknown[] } | undefined;
          if (message?.method === 'search') terms.push(message.args?.[0]);
          post.apply(this, args);
        } as Worker['postMessage'];
      });
      const requested: string[] = [];
      fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await fresh.goto(url);
      await waitForSearch(fresh);
      await fresh.waitForLoadState('networkidle');
      const terms = () => fresh.evaluate(() => (window as unknown as { searchedTerms: unknown[] }).searchedTerms);
      if (readied) {
        await fresh.waitForFunction(() => (window as unknown as { searchedTerms: unknown[] }).searchedTerms.length > 0, undefined, { timeout: 5000 });
        expect(await terms()).toEqual([null]);
        expect(requested.filter((path) => /\/pagefind\/(index|filter|fragment)\//.test(path))).toEqual([]);
        await fresh.fill('#search-q', 'kien thuy');
        await fresh.press('#search-q', 'Enter');
        await fresh.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('Tìm thấy'));
        expect(await resultSlugs(fresh)).toEqual([S.kienThuy]);
      } else {
        await fresh.locator('[data-filters] fieldset').first().waitFor();
        expect(await terms()).not.toContain(null);
      }
      await fresh.close();
    }
  });

  it('the filter counts, arriving after the results, move none of them (phone width)', async () => {
    const fresh = await browser.newPage({ viewport: { width: 360, height: 800 } });
    // Where the results stand the moment they are shown, before the counts can have come back from Pagefind's worker.
    await fresh.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-status]')?.textContent?.startsWith('Tìm thấy')) return;
        const tops = [...document.querySelectorAll('[data-results] li')].map((item) => item.getBoundingClientRect().top);
        Object.assign(window, { shownAt: tops });
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await fresh.goto(searchUrl({ q: 'huyện' }));
    await waitForSearch(fresh);
    await fresh.locator('[data-filters] fieldset').first().waitFor();
    const shown = await fresh.evaluate(() => (window as unknown as { shownAt: number[] }).shownAt);
    const now = await fresh.locator('[data-results] li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(shown.length).toBeGreaterThan(0);
    expect(now).toEqual(shown);
    await fresh.close();
  });

  it('Enter after the typed query has been searched does not search it again', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    await waitForSearch(page);
    await page.fill('#search-q', 'kien thuy');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('Tìm thấy'));
    await page.evaluate(() => {
      const status = document.querySelector('[data-status]')!;
      new MutationObserver(() => Object.assign(window, { searchedAgain: true })).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.press('#search-q', 'Enter');
    await page.fill('#search-q', 'kien thuy ');
    await page.press('#search-q', 'Enter');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => 'searchedAgain' in window)).toBe(false);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kien thuy');
  });

  it('shows each result with its title, date, district and an excerpt with the phrase marked', async () => {
    await page.goto(searchUrl({ q: 'kien thuy' }));
    await waitForSearch(page);
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('a').textContent()).toMatch(/Kiến Thụy/);
    expect(await first.locator('.meta').textContent()).toMatch(/\d{4}.*Kiến Thụy/);
    expect(await first.locator('p mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Kiến\s+Th(ụy|uỵ)$/i)]));
  });

  it('with no query, offers the filters, and lists them with counts on request', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    await waitForSearch(page);
    expect(await page.locator('[data-filters] fieldset').count()).toBe(0);
    await page.getByRole('button', { name: 'Hiện bộ lọc' }).click();
    await page.locator('[data-filters] fieldset').first().waitFor();
    expect(await page.locator('label', { has: page.locator('input[name="district"][value="Kiến Thụy"]') }).textContent()).toBe(' Kiến Thụy (1)');
    await page.check('input[name="district"][value="Kiến Thụy"]');
    await page.waitForURL(/district=/);
    await waitForSearch(page);
    expect(await resultSlugs(page)).toEqual([S.kienThuy]);
  });
});

describe('the search page itself', () => {
  it('has one search box: the header does not show its own', async () => {
    await page.goto(`${server.origin}/tim-kiem/`);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.goto(`${server.origin}/`);
    expect(await page.locator('header input[type="search"]').count()).toBe(1);
  });

  it('offers no filter value that no result has, except one the reader has ticked', async () => {
    await page.goto(searchUrl({ q: 'huyện', district: 'Kiến Thụy' }));
    await waitForSearch(page);
    await page.locator('[data-filters] fieldset').first().waitFor();
    const labels = await page.locator('[data-filters] label').evaluateAll((items) =>
      items.map((item) => ({ text: item.textContent ?? '', checked: item.querySelector('input')!.checked })),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const { text, checked } of labels) if (!checked) expect(text).not.toMatch(/\(0\)$/);
    expect(labels.filter((label) => label.checked).map((label) => label.text)).toEqual([' Kiến Thụy (1)']);
  });

  it('puts "Hiện bộ lọc" right under the search box on a phone, with no room kept for results', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await phone.goto(`${server.origin}/tim-kiem/`);
    await waitForSearch(phone);
    const button = await phone.getByRole('button', { name: 'Hiện bộ lọc' }).boundingBox();
    const status = await phone.locator('[data-status]').boundingBox();
    expect(button!.y - (status!.y + status!.height)).toBeLessThan(60);
    await phone.close();
  });

  it('moves nothing while a shared link loads its results (phone and desktop widths)', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
      const fresh = await browser.newPage({ viewport });
      await fresh.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await fresh.goto(searchUrl({ q: 'dang uy' }));
      await waitForSearch(fresh);
      await fresh.locator('[data-filters] fieldset').first().waitFor();
      await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      const shifts = await fresh.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0), `layout shift at ${viewport.width} px`).toBeLessThan(0.01);
      await fresh.close();
    }
  });

  it('moves nothing on a phone as the empty page loads, nor when results arrive long after the reader pressed Enter', async () => {
    const fresh = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await fresh.addInitScript(() => {
      const shifts: { value: number; input: boolean }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) shifts.push({ value: entry.value, input: entry.hadRecentInput });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await fresh.goto(`${server.origin}/tim-kiem/`);
    await fresh.locator('[data-filters] button').waitFor();
    // A slow connection: the index chunks arrive well after the 0.5 s in which a shift still counts as caused by the key press.
    const cdp = await fresh.context().newCDPSession(fresh);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 1500, downloadThroughput: -1, uploadThroughput: -1 });
    // Typed key by key, as a reader does: what moves while they type is theirs, not a layout shift.
    await fresh.locator('input[name="q"]').pressSequentially('giai phong mat bang');
    await fresh.press('input[name="q"]', 'Enter');
    await waitForSearch(fresh);
    await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const shifts = await fresh.evaluate(() => (window as unknown as { shifts: { value: number; input: boolean }[] }).shifts);
    expect(shifts.filter((shift) => !shift.input).reduce((sum, shift) => sum + shift.value, 0)).toBeLessThan(0.01);
    await fresh.close();
  });
});
