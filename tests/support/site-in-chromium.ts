import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { collectErrors, launchChromium } from './browser.ts';
import { serveSite } from './static-site-fs.ts';

/** Where browser tests save their screenshots. */
export const ARTIFACTS = join(import.meta.dirname, '../../test-results');
const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Serves a built site on loopback and starts Chromium before a test file's tests, and
 * stops both after them. `open` loads a page of the site, collecting its console errors.
 */
export function siteInChromium(site: string) {
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
  return {
    get browser() {
      return browser;
    },
    get origin() {
      return server.origin;
    },
    async open(path: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      const errors = collectErrors(page);
      await page.goto(`${server.origin}${path}`);
      return { page, errors };
    },
  };
}

/** What axe-core finds wrong with the page as it is: "color-contrast (2)", one entry per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}
