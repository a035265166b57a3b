import { launchChromium } from '../dev/browser.ts';
import { serveSite } from '../dev/static-site-fs.ts';
import { median } from './median.ts';

export interface SearchMeasurement {
  query: string;
  /** Bytes of the Pagefind files a fresh visitor downloads to get this query's first results. */
  bytes: number;
  /** Milliseconds from submitting the query to the first ten results on screen. */
  ms: number;
  results: number;
}

/**
 * Each query in a fresh browser context, as a first-time visitor: open the search
 * page, type the query, submit, wait for the results. Loopback only.
 */
export async function measureSearch(site: string, queries: string[]): Promise<{ each: SearchMeasurement[]; medianBytes: number; medianMs: number }> {
  const server = await serveSite(site);
  const browser = await launchChromium();
  const each: SearchMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (response) => {
        if (!response.url().includes('/pagefind/')) return;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${server.origin}/tim-kiem/`);
      await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
      const started = await page.evaluate(() => performance.now());
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => {
        const status = document.querySelector('[data-status]')?.textContent ?? '';
        return status.startsWith('Tìm thấy') || status.startsWith('Không tìm thấy');
      });
      const ms = (await page.evaluate(() => performance.now())) - started;
      const results = await page.locator('[data-results] li').count();
      each.push({ query, bytes, ms, results });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { each, medianBytes: median(each.map((m) => m.bytes)), medianMs: median(each.map((m) => m.ms)) };
}
