import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Collects console errors and uncaught exceptions of a page, for a test to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the search page has finished a search and reports it. */
export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status !== '' && status !== 'Đang tìm…';
  });
}

/** Slugs of the results the search page lists, in order. */
export function resultSlugs(page: Page): Promise<string[]> {
  return page.$$eval('[data-results] li > a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1)!),
  );
}
