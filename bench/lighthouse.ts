import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './median.ts';
import { serveSite } from '../tests/support/static-site-fs.ts';

/** Lighthouse's four categories, in the order it reports them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string;
  path: string;
  /** 0–100 per category, the median of the runs. */
  scores: Record<Category, number>;
  /** The metrics behind the performance score (medians): milliseconds, and the layout shift as Lighthouse gives it. */
  metrics: Record<Metric, number>;
}

/** The metrics printed beside the scores: what a performance score below 100 lost its points on. */
const METRICS = { LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' } as const;
type Metric = keyof typeof METRICS;

/**
 * Runs Lighthouse with its default mobile settings (a mid-range phone, simulated slow 4G)
 * on each page of a built site, served on loopback as a host configured as the README
 * says serves it (text, scripts and JSON gzipped), in Debian's Chromium: `runs` audits a
 * page, each from an empty cache, and the median of each score counts, since one audit
 * on a shared machine can lose a few points of performance to a neighbour's load.
 */
export async function lighthouseScores(site: string, pages: { name: string; path: string }[], runs = 3): Promise<LighthouseResult[]> {
  const server = await serveSite(site, '/', { compress: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const audits: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      for (let i = 0; i < runs; i += 1) {
        const run = await lighthouse(`${server.origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        audits.push(run.lhr);
      }
      results.push({
        ...page,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(median(audits.map((lhr) => lhr.categories[id]?.score ?? 0)) * 100)])) as Record<Category, number>,
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([name, id]) => [name, median(audits.map((lhr) => Number(lhr.audits[id]?.numericValue ?? Number.NaN)))]),
        ) as Record<Metric, number>,
      });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** The results as the bench prints them: one line per page. */
export function lighthouseTable(results: LighthouseResult[]): string[] {
  const cell = (text: string | number, width = 15) => String(text).padStart(width);
  return [
    `${'page'.padEnd(34)}${CATEGORIES.map((id) => cell(id)).join('')}${cell('LCP ms', 8)}${cell('TBT ms', 8)}${cell('CLS', 8)}`,
    ...results.map(
      (r) =>
        `${`${r.name} ${r.path}`.slice(0, 33).padEnd(34)}${CATEGORIES.map((id) => cell(r.scores[id])).join('')}` +
        `${cell(Math.round(r.metrics.LCP), 8)}${cell(Math.round(r.metrics.TBT), 8)}${cell(r.metrics.CLS.toFixed(3), 8)}`,
    ),
  ];
}
