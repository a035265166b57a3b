import { excerpt } from '../lib/search/excerpt.ts';
import { fromIndexForm, toIndexForm } from '../lib/search/index-form.ts';
import { planQuery, type QueryPlan } from '../lib/search/prepare-query.ts';
import { FIT, hasRun, markedRanges, orderByPositions, textFit } from '../lib/search/rank-results.ts';
import { FILTER_NAMES, SEARCH_FILTERS, type FilterName, type MetaName, type SortName } from '../lib/search/search-contract.ts';
import { readSearchState, writeSearchState, type SearchState } from '../lib/search/search-state.ts';
import { searchPartFolder } from '../lib/search/search-parts.ts';
import { readDate } from '../lib/site/dates/date-parts.ts';
import { formatShortDate } from '../lib/site/dates/format-date.ts';
import type { DatePrecision } from '../schemas/article.ts';
import { HIGHLIGHT_PARAM } from './highlight-terms.ts';

/** The slice of Pagefind's browser API this page uses. */
interface PagefindResult {
  url: string;
  /** The page's indexed text (its body; the title is in `meta`), in the index form. */
  content: string;
  meta: Partial<Record<MetaName, string>>;
  filters: Partial<Record<FilterName, string[]>>;
}
interface PagefindHit {
  /** Positions of the matched words in the page's text, known before its text is loaded. */
  words: number[];
  data: () => Promise<PagefindResult>;
}
interface PagefindSearch {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Partial<Record<SortName, 'asc' | 'desc'>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: PagefindSearchOptions) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;

/**
 * Pagefind starts loading with the page (its script, WebAssembly and index metadata),
 * so that it is ready by the time the reader has typed a query.
 */
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${root.dataset.base}${searchPartFolder(0)}pagefind.js`).then(async (module: Pagefind) => {
  // Result URLs are stored from the site root; the base puts them under a sub-path.
  // Pagefind's web worker stays on: without it a search (150–600 ms on 10,000 articles)
  // would freeze the page while the reader types, for 42 KB (12 KB compressed) saved.
  const options = { baseUrl: root.dataset.base };
  await module.options(options);
  await module.init();
  // A large archive's index is in parts (search-parts.ts), searched as one.
  const further = Array.from({ length: Number(root.dataset.parts) - 1 }, (_, index) => `${root.dataset.base}${searchPartFolder(index + 1)}`);
  await Promise.all(further.map((path) => module.mergeIndex(path, options)));
  return module;
});
pagefind.catch(() => (status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.'));

let run = 0;
/** The state (as its URL search string) last sent to search, shown or on its way. */
let searched = '';
let pending: PagefindHit[] = [];
/**
 * Whether Pagefind holds the filter index. Until it does, a search returns no filter
 * counts but runs about twice as fast on a large archive, so the first results are
 * shown before the counts are loaded.
 */
let countsLoaded = false;
/**
 * The warm-up search's results (see warmUp), held until the reader's first results are
 * on screen: Pagefind has its worker drop each result's data once that result is
 * garbage-collected, one message per result, which must not land in the middle of the
 * reader's first search.
 */
let warmUpResults: PagefindSearch | null = null;

function currentState(): SearchState {
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [...filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value)]),
  ) as SearchState['filters'];
  return { q: input.value.normalize('NFC').trim(), filters, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
}

function renderFilters(state: SearchState, counts: PagefindSearch['filters']): void {
  // The boxes are rebuilt with fresh counts; a keyboard user keeps their place.
  const focused = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : null;
  // A value no result has is no choice at all, unless the reader has ticked it and may want it off again.
  const shown = (name: FilterName) =>
    Object.entries(counts[name] ?? {})
      .map(([value, count]) => [fromIndexForm(value), count] as const)
      .filter(([value, count]) => count > 0 || state.filters[name].includes(value))
      .sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
  filtersBox.replaceChildren(
    ...FILTER_NAMES.map((name) => [name, shown(name)] as const)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = SEARCH_FILTERS[name].label;
        fieldset.append(legend);
        for (const [value, count] of values) {
          const label = document.createElement('label');
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value, checked: state.filters[name].includes(value) });
          label.append(box, ` ${value} (${count})`);
          fieldset.append(label);
        }
        return fieldset;
      }),
  );
  if (focused) filtersBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

/** One result as a list item: its title, date and district, and the excerpt around the phrase, marked. */
function showItem(result: PagefindResult, title: string, body: string, plan: QueryPlan | null, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = query ? `${result.url}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}` : result.url;
  link.textContent = title || result.url;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const date = formatShortDate(readDate(result.meta.date ?? null, result.meta.precision as DatePrecision | undefined));
  const district = result.filters.district?.[0];
  meta.textContent = [date, district ? fromIndexForm(district) : null].filter(Boolean).join(' · ');
  const paragraph = document.createElement('p');
  for (const part of excerpt(body, plan ? markedRanges(body, plan) : [])) {
    if (!part.marked) paragraph.append(part.text);
    else paragraph.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(link, meta, paragraph);
  return item;
}

/**
 * Results read against the query, each as its text arrives (while the others are still
 * on their way), with its list item made ready.
 */
function read(hits: PagefindHit[], plan: QueryPlan | null, query: string) {
  const turn = pageTurns();
  return Promise.all(
    hits.map(async (hit) => {
      const result = await hit.data();
      await turn();
      const title = fromIndexForm(result.meta.title ?? '');
      const body = fromIndexForm(result.content);
      const fit = plan ? textFit(`${title}.\n${body}`, plan) : FIT.words;
      await turn();
      return { hit, fit, item: fit === null ? null : showItem(result, title, body, plan, query) };
    }),
  );
}

/** Chromium's `scheduler.yield` (not in TypeScript's DOM types yet); a timeout elsewhere. */
declare const scheduler: { yield?: () => Promise<void> } | undefined;

/** Work the page runs between two turns of its reader's: well under a frame, so typing and scrolling never wait long. */
const WORK_MS = 8;

/**
 * Reading a result's whole text (turning it back from the index form, then finding the
 * query in it) takes a millisecond or so, several times that on a phone: the steps of
 * reading and showing a result check in between, and once `WORK_MS` has passed, let the
 * page paint and answer the reader before going on. Giving way after every step instead
 * cost a frame's wait each time, on machines that needed none.
 */
function pageTurns(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < WORK_MS) return;
    await (typeof scheduler !== 'undefined' && scheduler.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
    since = performance.now();
  };
}

/**
 * The next ten results as list items; the caller decides whether they replace or extend
 * the list. Their text (title and body) settles their order among themselves, unless
 * the reader sorted by date: the query as typed, then as a phrase, then apart. A result
 * without a required phrase is dropped. Positions cannot tell "cấp ủy đảng" from "Đảng
 * ủy": when some of the ten that looked like the phrase are not, as many more that look
 * like it are read at once, and the best ten shown; the others wait for the next page.
 */
async function nextItems(plan: QueryPlan | null, query: string, ranked: boolean): Promise<HTMLLIElement[]> {
  let batch = await read(pending.splice(0, PAGE), plan, query);
  if (plan && ranked && plan.length > 1) {
    const misses = batch.filter(({ hit, fit }) => fit !== null && fit > FIT.phrase && hasRun(hit.words, plan.length)).length;
    const more = pending.slice(0, misses).filter((hit) => hasRun(hit.words, plan.length));
    if (more.length > 0) batch = [...batch, ...(await read(pending.splice(0, more.length), plan, query))];
  }
  const shown = batch.filter((item) => item.fit !== null).sort((a, b) => (ranked ? a.fit! - b.fit! : 0));
  pending.unshift(...shown.slice(PAGE).map((item) => item.hit));
  return shown.slice(0, PAGE).map((item) => item.item!);
}

async function showMore(state: SearchState): Promise<void> {
  const mine = run;
  const items = await nextItems(state.q ? planQuery(state.q) : null, state.q, state.sort === 'relevance');
  if (mine !== run) return;
  list.append(...items);
  more.hidden = pending.length === 0;
}

function searchOptions(state: SearchState): PagefindSearchOptions {
  const filters = Object.fromEntries(
    FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [name, { any: state.filters[name].map(toIndexForm) }]),
  );
  return { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
}

/** Loads the filter index once, then counts the current search's results by filter value. */
async function loadCounts(state: SearchState): Promise<void> {
  const mine = run;
  const api = await pagefind;
  const all = await api.filters();
  countsLoaded = true;
  if (mine !== run) return;
  const hasQuery = state.q !== '' || FILTER_NAMES.some((name) => state.filters[name].length > 0);
  const counts = hasQuery ? (await api.search(state.q ? planQuery(state.q).pagefind : null, searchOptions(state)))?.filters : all;
  if (counts && mine === run) renderFilters(state, counts);
}

/** With no query, the filters wait for the reader to ask: loading their counts would slow the first search down. */
function offerFilters(state: SearchState): void {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: filtersBox.dataset.offer });
  button.addEventListener('click', () => {
    button.disabled = true;
    void loadCounts(state);
  });
  filtersBox.replaceChildren(button);
}

async function search(state: SearchState): Promise<void> {
  // Enter after a pause in typing asks again for what is already being searched or shown; on a large archive that costs a whole search.
  const key = writeSearchState(state);
  if (run > 0 && key === searched) return;
  searched = key;
  const mine = ++run;
  const hasFilters = FILTER_NAMES.some((name) => state.filters[name].length > 0);
  root.toggleAttribute('data-idle', !state.q && !hasFilters);
  if (!state.q && !hasFilters) {
    pending = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = status.dataset.idleText ?? '';
    if (countsLoaded) void loadCounts(state);
    else offerFilters(state);
    return;
  }
  status.textContent = 'Đang tìm…';
  const counted = countsLoaded;
  const api = await pagefind;
  const plan = state.q ? planQuery(state.q) : null;
  const found = await api.search(plan ? plan.pagefind : null, searchOptions(state));
  if (!found || mine !== run) return;
  const ranked = state.sort === 'relevance';
  pending = plan ? orderByPositions(found.results, plan, { rank: ranked }) : [...found.results];
  const total = pending.length;
  const items = await nextItems(plan, state.q, ranked);
  if (mine !== run) return;
  // The first ten and the count replace the previous results in one step, so nothing jumps in between.
  list.replaceChildren(...items);
  more.hidden = pending.length === 0;
  status.textContent = items.length ? `Tìm thấy ${total} bài viết.` : 'Không tìm thấy bài viết nào.';
  // The warm-up's results are let go now. Read here, not only written: a variable that is
  // only ever written, the bundler drops, and the hold with it.
  if (warmUpResults) warmUpResults = null;
  if (counted) renderFilters(state, found.filters);
  else void loadCounts(state);
}

function apply(state: SearchState): void {
  input.value = state.q;
  sort.value = state.sort;
  void search(state);
}

/** Pushes the state to the address bar (a new history entry unless only the text is being typed) and searches. */
function commit(replace: boolean): void {
  const state = currentState();
  const url = `${location.pathname}${writeSearchState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  void search(state);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  // The room for results opens as the reader types (input-driven, so no layout shift counts), not when they arrive.
  if (input.value.trim()) root.removeAttribute('data-idle');
  clearTimeout(typing);
  typing = setTimeout(() => commit(true), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  commit(false);
});
sort.addEventListener('change', () => commit(false));
filtersBox.addEventListener('change', () => commit(false));
more.addEventListener('click', () => void showMore(currentState()));
window.addEventListener('popstate', () => apply(readSearchState(location.search)));

/**
 * A query in every form the matcher handles (a quoted part, a document number, the older
 * tone placement), with a text that answers it, for warmUp.
 */
const WARM_UP = { query: '"Đảng ủy" 20-NQ/TU khoá', text: 'Đảng uỷ khoá XXV triển khai Nghị quyết 20-NQ/TU của Đảng ủy.' };

/**
 * Readies the page for the reader's first query while it waits for them to type. The
 * browser compiles code and patterns on their first use, and Pagefind's first search
 * with a long result list is much slower than the ones after it (a search that finds
 * nothing does not take that cost out). One search for nothing (no word and no filter:
 * no index chunk or filter file is fetched, and every article is a result) and the
 * sample above take it out of the reader's first query (README, "Search"). Only for an
 * index in one part: merged parts would each be searched in turn.
 */
async function warmUp(): Promise<void> {
  const plan = planQuery(WARM_UP.query);
  const text = fromIndexForm(toIndexForm(WARM_UP.text));
  orderByPositions([{ words: [0, 1, 2] }], plan);
  textFit(text, plan);
  excerpt(text, markedRanges(text, plan));
  warmUpResults = await (await pagefind).search(null, {});
}

apply(readSearchState(location.search));
// Opened without a query: readied while the reader types one, unless a search comes first.
const opened = run;
if (root.hasAttribute('data-idle') && root.dataset.parts === '1') (window.requestIdleCallback ?? setTimeout)(() => run === opened && void warmUp().catch(() => undefined));
