import { fromIndexForm, toIndexForm } from '../lib/search/index-form.ts';
import { prepareQuery } from '../lib/search/prepare-query.ts';
import { FILTER_NAMES, readSearchState, writeSearchState, type FilterName, type SearchState } from '../lib/search/search-state.ts';
import { readDate } from '../lib/site/dates/date-parts.ts';
import { formatShortDate } from '../lib/site/dates/format-date.ts';
import type { DatePrecision } from '../schemas/article.ts';
import { HIGHLIGHT_PARAM } from './highlight-terms.ts';

/** The slice of Pagefind's browser API this page uses. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: PagefindSearchOptions) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
const FILTER_LABELS: Record<FilterName, string> = {
  district: 'Huyện',
  province: 'Tỉnh, thành phố',
  year: 'Năm',
  category: 'Chuyên mục',
  documentKind: 'Loại văn bản được dẫn',
  meetingBody: 'Cơ quan họp',
};

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
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ `${root.dataset.base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
  // Result URLs are stored from the site root; the base puts them under a sub-path.
  // Pagefind's web worker stays on: without it a search (150–600 ms on 10,000 articles)
  // would freeze the page while the reader types, for 42 KB (12 KB compressed) saved.
  await module.options({ excerptLength: 30, baseUrl: root.dataset.base });
  await module.init();
  return module;
});
pagefind.catch(() => (status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.'));

let run = 0;
/** The state (as its URL search string) last sent to search, shown or on its way. */
let searched = '';
let pending: PagefindSearch['results'] = [];
/**
 * Whether Pagefind holds the filter index. Until it does, a search returns no filter
 * counts but runs about twice as fast on a large archive, so the first results are
 * shown before the counts are loaded.
 */
let countsLoaded = false;

function currentState(): SearchState {
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [...filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value)]),
  ) as SearchState['filters'];
  return { q: input.value.normalize('NFC').trim(), filters, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
}

function renderFilters(state: SearchState, counts: PagefindSearch['filters']): void {
  // The boxes are rebuilt with fresh counts; a keyboard user keeps their place.
  const focused = document.activeElement instanceof HTMLInputElement && filtersBox.contains(document.activeElement) ? document.activeElement : null;
  filtersBox.replaceChildren(
    ...FILTER_NAMES.filter((name) => Object.keys(counts[name] ?? {}).length > 0).map((name) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTER_LABELS[name];
      fieldset.append(legend);
      const values = Object.entries(counts[name]!).map(([value, count]) => [fromIndexForm(value), count] as const);
      for (const [value, count] of values.sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')))) {
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

/** The next ten results as list items; the caller decides whether they replace or extend the list. */
async function nextItems(query: string): Promise<HTMLLIElement[]> {
  const results = await Promise.all(pending.splice(0, PAGE).map((result) => result.data()));
  return results.map((result) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${result.url}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}`;
    link.textContent = fromIndexForm(result.meta.title ?? result.url);
    const meta = document.createElement('div');
    meta.className = 'meta';
    const date = formatShortDate(readDate(result.meta.date ?? null, result.meta.precision as DatePrecision | undefined));
    meta.textContent = [date, result.meta.district ? fromIndexForm(result.meta.district) : null].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = fromIndexForm(result.excerpt);
    item.append(link, meta, excerpt);
    return item;
  });
}

async function showMore(query: string): Promise<void> {
  const mine = run;
  const items = await nextItems(query);
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
  const counts = hasQuery ? (await api.search(state.q ? prepareQuery(state.q) : null, searchOptions(state)))?.filters : all;
  if (counts && mine === run) renderFilters(state, counts);
}

/** With no query, the filters wait for the reader to ask: loading their counts would slow the first search down. */
function offerFilters(state: SearchState): void {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Hiện bộ lọc' });
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
  if (!state.q && !hasFilters) {
    pending = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Nhập từ khóa để tìm, có dấu hay không dấu đều được.';
    if (countsLoaded) void loadCounts(state);
    else offerFilters(state);
    return;
  }
  status.textContent = 'Đang tìm…';
  const counted = countsLoaded;
  const api = await pagefind;
  const found = await api.search(state.q ? prepareQuery(state.q) : null, searchOptions(state));
  if (!found || mine !== run) return;
  pending = [...found.results];
  const items = await nextItems(state.q);
  if (mine !== run) return;
  // The first ten and the count replace the previous results in one step, so nothing jumps in between.
  list.replaceChildren(...items);
  more.hidden = pending.length === 0;
  status.textContent = found.results.length ? `Tìm thấy ${found.results.length} bài viết.` : 'Không tìm thấy bài viết nào.';
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
more.addEventListener('click', () => void showMore(currentState().q));
window.addEventListener('popstate', () => apply(readSearchState(location.search)));

root.hidden = false;
apply(readSearchState(location.search));
