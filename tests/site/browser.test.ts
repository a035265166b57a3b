import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium } from '../../src/lib/dev/browser.ts';
import { serveSite } from '../../src/lib/dev/static-site-fs.ts';

const ARTIFACTS = join(import.meta.dirname, '../../test-results');
const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveSite(inject('siteAtRoot'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${server.origin}${path}`);
  return { page, errors };
}

describe('a reader in Chromium', () => {
  it('opens the home page, follows a link to an article and comes back, with no console errors', async () => {
    const { page, errors } = await open('/');
    const first = page.locator('ul.articles a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/bai-viet\//);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    await page.goBack();
    await page.waitForURL(`${server.origin}/`);
    expect(await page.locator('h1').textContent()).toContain('Kho lưu trữ');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([390, 1280])('saves screenshots of home and an article at %i px', async (width) => {
    for (const [name, path] of [['home', '/'], ['article', '/bai-viet/huyen-uy-kien-thuy-tap-trung-trien-khai-12-nhiem-vu-trong-tam-trong-nam-2022/']] as const) {
      const { page, errors } = await open(path, width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['home', '/'],
    ['a listing', '/tat-ca/'],
    ['an article', '/bai-viet/giao-ban-ket-qua-thuc-hien-05-chuong-trinh-cong-tac-cua-huyen-uy-khoa-xxv-va-10/'],
    ['the search page', '/tim-kiem/?q=dang+uy'],
  ])('%s has no violations, light and dark', async (_, path) => {
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
});
