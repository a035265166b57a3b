import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/static-site-fs.ts';
import { median } from './median.ts';
import { pagefindFileKind, type PagefindFileKind } from './pagefind-file-kind.ts';
import { searchSteps, type SearchSteps } from './search-steps.ts';

/** When a request was made, relative to the reader's query. */
export type Phase = 'before' | 'query' | 'after';

export interface Transfer {
  url: string;
  /** Undefined for files outside the Pagefind bundle (the page, its CSS and script). */
  kind: PagefindFileKind | undefined;
  phase: Phase;
  /** Bytes on the wire (headers and body, as Chromium's network stack counted them). */
  bytes: number;
  /** Milliseconds after the query was submitted that the request started and its response ended (negative before). */
  started: number;
  finished: number;
}

export interface SearchMeasurement {
  query: string;
  /** Results Pagefind found (only the first ten are shown). */
  results: number;
  /** Pagefind bytes while the page loads, before the query is submitted. */
  beforeBytes: number;
  /** Pagefind bytes requested between submitting and the first ten results being rendered: what those results needed. */
  queryBytes: number;
  /** Every Pagefind byte of the visit, up to the network going quiet after the results (filter counts included). */
  visitBytes: number;
  /** Every byte of the visit: the page, its CSS and script, and Pagefind. */
  pageBytes: number;
  /** Milliseconds from submitting the query to the first ten results on screen. */
  ms: number;
  /** With several runs (see medianOfRuns), each run's `ms`, of which `ms` is the median. */
  msRuns?: number[];
  /** The milliseconds to the first ten, step by step. */
  steps: SearchSteps;
  /** Layout shift score (the sum of Chromium's layout-shift values) from submitting to the end of the visit, counts included, at 360 × 800. */
  shift: number;
  /** Milliseconds from opening a shared link `/tim-kiem/?q=…` (navigation start) to the first ten results on screen. */
  linkMs: number;
  /** The site paths of the results shown first (up to ten), in order. */
  shown: string[];
  transfers: Transfer[];
}

export interface SearchSummary {
  each: SearchMeasurement[];
  median: Pick<SearchMeasurement, 'beforeBytes' | 'queryBytes' | 'visitBytes' | 'pageBytes' | 'ms' | 'linkMs' | 'shift'>;
}

/**
 * Installed in every page before its own scripts: notes when the form is submitted,
 * and when the search reports its results, the first frame after that (the results
 * painted). Times are wall-clock milliseconds, to compare with Chromium's network events.
 */
function watchSearch(): void {
  const now = () => performance.timeOrigin + performance.now();
  const marks: { submitted?: number; rendered?: number; shown?: number; found?: number; shift: number } = { shift: 0 };
  Object.assign(window, { __searchBench: marks });
  addEventListener('submit', () => (marks.submitted = now()), true);
  new PerformanceObserver((list) => {
    // As the layout shift score counts them: a shift within half a second of the key press is the press's own.
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (marks.submitted !== undefined && performance.timeOrigin + entry.startTime >= marks.submitted && !entry.hadRecentInput) marks.shift += entry.value;
    }
  }).observe({ type: 'layout-shift' });
  new MutationObserver(() => {
    if (marks.shown !== undefined || marks.found !== undefined) return;
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    const found = /^Tìm thấy ([\d.,]+)/.exec(status);
    if (!found && !status.startsWith('Không tìm thấy')) return;
    marks.found = found ? Number(found[1]!.replace(/[.,]/g, '')) : 0;
    marks.rendered = now();
    requestAnimationFrame(() => setTimeout(() => (marks.shown = now())));
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

type Marks = { submitted?: number; rendered: number; shown: number; found: number; shift: number };

/**
 * Every request of a page and of its workers, with its wall-clock start and end and its
 * bytes on the wire. Playwright reads the sizes from Chromium's network events
 * (encodedDataLength) in whichever target made the request; Pagefind fetches most of its
 * files from a web worker, which the page's own DevTools session does not see.
 */
function recordNetwork(page: Page) {
  const requests = new Map<Request, { url: string; started: number; finished?: number; bytes: number }>();
  const pending = new Set<Promise<void>>();
  page.on('request', (request) => requests.set(request, { url: request.url(), started: Date.now(), bytes: 0 }));
  const finish = (request: Request) => {
    const done = (async () => {
      const timing = request.timing();
      const sizes = await request.sizes();
      const response = await request.response();
      // Chromium reports a body size of 0 for a worker's own script, so that one body is measured.
      const body = sizes.responseBodySize || ((await response?.body().catch(() => undefined))?.length ?? 0);
      Object.assign(requests.get(request) ?? {}, { started: timing.startTime, finished: timing.startTime + timing.responseEnd, bytes: sizes.responseHeadersSize + body });
    })();
    pending.add(done);
    // A shared-link visit closes its page without waiting for the network to go quiet; the
    // sizes of a request still being read then are not needed, and must not end the bench.
    void done.catch(() => undefined).finally(() => pending.delete(done));
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', (request) => Object.assign(requests.get(request) ?? {}, { finished: Date.now() }));
  /** Resolves once no request has been in flight for `quietMs`. */
  const quiet = async (quietMs = 500) => {
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      await page.waitForTimeout(50);
      if (pending.size > 0 || [...requests.values()].some((request) => request.finished === undefined)) since = Date.now();
    }
  };
  return { requests, quiet };
}

function transfers(requests: ReturnType<typeof recordNetwork>['requests'], marks: Marks): Transfer[] {
  return [...requests.values()].map((request) => {
    const submitted = marks.submitted ?? 0;
    const phase: Phase = request.started < submitted ? 'before' : request.started < marks.rendered ? 'query' : 'after';
    const finished = (request.finished ?? request.started) - submitted;
    return { url: request.url, kind: pagefindFileKind(request.url), phase, bytes: request.bytes, started: request.started - submitted, finished };
  });
}

async function freshPage(context: BrowserContext) {
  const page = await context.newPage();
  await page.addInitScript(watchSearch);
  return { page, ...recordNetwork(page) };
}

const marksOf = async (page: Page) => {
  await page.waitForFunction(() => (window as unknown as { __searchBench: { shown?: number } }).__searchBench.shown !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __searchBench: Marks }).__searchBench);
};

/** A visitor who opens the search page, waits for it to settle, types the query and presses Enter. */
async function typedVisit(context: BrowserContext, origin: string, query: string) {
  const { page, requests, quiet } = await freshPage(context);
  await page.goto(`${origin}/tim-kiem/`);
  await quiet();
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  const shown = await marksOf(page);
  const paths = await page.$$eval('[data-results] li > a', (links) => links.slice(0, 10).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await quiet();
  // Read again once quiet: the layout shifts include those of the filter counts arriving.
  const marks = { ...shown, shift: (await page.evaluate(() => (window as unknown as { __searchBench: Marks }).__searchBench)).shift };
  return { marks, paths, transfers: transfers(requests, marks) };
}

/** A visitor who follows a shared link with the query in it. */
async function linkVisit(context: BrowserContext, origin: string, query: string): Promise<number> {
  const { page } = await freshPage(context);
  await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: query })}`);
  const marks = await marksOf(page);
  return marks.shown - (await page.evaluate(() => performance.timeOrigin));
}

const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);

/**
 * Each query in fresh browser contexts (empty cache), as a first-time visitor, on a
 * loopback server: once typed into the search page after it has loaded, once opened
 * as a shared link. With `compress`, the server gzips HTML, JavaScript and JSON, as a
 * host configured the way the README says does.
 */
export async function measureSearch(site: string, queries: string[], { compress = false } = {}): Promise<SearchSummary> {
  const server = await serveSite(site, '/', { compress });
  const browser = await launchChromium();
  const each: SearchMeasurement[] = [];
  try {
    for (const query of queries) {
      // A phone's width, where the filters share the column with the results.
      const typedContext = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const typed = await typedVisit(typedContext, server.origin, query);
      await typedContext.close();
      const linkContext = await browser.newContext();
      const linkMs = await linkVisit(linkContext, server.origin, query);
      await linkContext.close();
      const pagefind = typed.transfers.filter((t) => t.kind !== undefined);
      each.push({
        query,
        results: typed.marks.found,
        beforeBytes: sum(pagefind.filter((t) => t.phase === 'before')),
        queryBytes: sum(pagefind.filter((t) => t.phase === 'query')),
        visitBytes: sum(pagefind),
        pageBytes: sum(typed.transfers),
        ms: typed.marks.shown - typed.marks.submitted!,
        linkMs,
        shown: typed.paths,
        shift: typed.marks.shift,
        steps: searchSteps(typed.transfers, typed.marks.shown - typed.marks.submitted!),
        transfers: typed.transfers,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return summarise(each);
}

/** The measurements of the queries with their medians. */
export function summarise(each: SearchMeasurement[]): SearchSummary {
  const of = (key: keyof SearchSummary['median']) => median(each.map((m) => m[key]));
  return {
    each,
    median: { beforeBytes: of('beforeBytes'), queryBytes: of('queryBytes'), visitBytes: of('visitBytes'), pageBytes: of('pageBytes'), ms: of('ms'), linkMs: of('linkMs'), shift: of('shift') },
  };
}

/**
 * Several runs of the same queries as one: each query's first run (its bytes and results
 * do not change from run to run), with its milliseconds the medians over the runs and
 * each run's milliseconds to the first ten kept in `msRuns`.
 */
export function medianOfRuns(runs: SearchSummary[]): SearchSummary {
  return summarise(
    runs[0]!.each.map((first, i) => {
      const all = runs.map((run) => run.each[i]!);
      return { ...first, ms: median(all.map((m) => m.ms)), linkMs: median(all.map((m) => m.linkMs)), msRuns: all.map((m) => m.ms) };
    }),
  );
}
