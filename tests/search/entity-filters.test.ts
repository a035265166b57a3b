import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium, resultSlugs, waitForSearch } from '../../src/lib/dev/browser.ts';
import { serveSite } from '../../src/lib/dev/static-site-fs.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { readSeed, seedFiles } from '../helpers/seeds.ts';

const reports = seedFiles.map((file) => parseReport(file, readSeed(file)));
const slugsWhere = (test: (report: (typeof reports)[number]) => boolean) => reports.filter(test).map((r) => r.slug).sort();

const CASES: [string, string, string[]][] = [
  ['documentKind', 'Chỉ thị', slugsWhere((r) => r.documents.some((d) => d.kind === 'Chỉ thị'))],
  ['documentKind', 'Chương trình', slugsWhere((r) => r.documents.some((d) => d.kind === 'Chương trình'))],
  ['meetingBody', 'Thường trực Huyện ủy', slugsWhere((r) => r.meeting?.organ === 'Thường trực Huyện ủy')],
  ['meetingBody', 'Ban Chấp hành Đảng bộ huyện', slugsWhere((r) => r.meeting?.organ === 'Ban Chấp hành Đảng bộ huyện')],
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

describe('search filters for cited document kind and meeting body', () => {
  it('the expected sets are neither empty nor everything', () => {
    for (const [, , slugs] of CASES) {
      expect(slugs.length).toBeGreaterThan(0);
      expect(slugs.length).toBeLessThan(reports.length);
    }
  });

  it.each(CASES)('%s = %s lists exactly its articles', async (name, value, expected) => {
    await page.goto(`${server.origin}${paths.search()}?${new URLSearchParams({ [name]: value })}`);
    await waitForSearch(page);
    expect((await resultSlugs(page)).sort()).toEqual(expected);
    expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a reader narrows a search by meeting body with a click, and the URL keeps it', async () => {
    await page.goto(`${server.origin}${paths.search()}?q=${encodeURIComponent('hội nghị')}`);
    await waitForSearch(page);
    await page.check('input[name="meetingBody"][value="Ban Thường vụ Huyện ủy"]');
    await page.waitForURL(/meetingBody=/);
    await waitForSearch(page);
    expect((await resultSlugs(page)).sort()).toEqual(slugsWhere((r) => r.meeting?.organ === 'Ban Thường vụ Huyện ủy'));
  });
});
