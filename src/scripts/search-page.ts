import { fromIndexForm, toIndexForm } from '../lib/search/index-form.ts';
import { prepareQuery } from '../lib/search/prepare-query.ts';
import { FILTER_NAMES, readSearchState, writeSearchState, type FilterName, type SearchState } from '../lib/search/search-state.ts';
import { formatDate } from '../lib/site/format-date.ts';
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
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
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

let pagefind: Promise<Pagefind> | undefined;
let run = 0;
let pending: PagefindSearch['results'] = [];

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${root.dataset.base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // Result URLs are stored from the site root; the base puts them under a sub-path.
    await module.options({ excerptLength: 30, baseUrl: root.dataset.base });
    // Results only carry filter counts once the filter index is loaded.
    await module.filters();
    return module;
  });
  return pagefind;
}

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

async function showMore(query: string): Promise<void> {
  const batch = pending.splice(0, PAGE);
  const results = await Promise.all(batch.map((result) => result.data()));
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${result.url}?${HIGHLIGHT_PARAM}=${encodeURIComponent(query)}`;
    link.textContent = fromIndexForm(result.meta.title ?? result.url);
    const meta = document.createElement('div');
    meta.className = 'meta';
    const date = result.meta.date ? formatDate(result.meta.date, (result.meta.precision ?? 'datetime') as 'datetime') : 'không rõ ngày';
    meta.textContent = [date, result.meta.district ? fromIndexForm(result.meta.district) : null].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = fromIndexForm(result.excerpt);
    item.append(link, meta, excerpt);
    list.append(item);
  }
  more.hidden = pending.length === 0;
}

async function search(state: SearchState): Promise<void> {
  const mine = ++run;
  const hasFilters = FILTER_NAMES.some((name) => state.filters[name].length > 0);
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Nhập từ khóa để tìm, có dấu hay không dấu đều được.';
    renderFilters(state, await (await loadPagefind()).filters());
    return;
  }
  status.textContent = 'Đang tìm…';
  const api = await loadPagefind();
  const filters = Object.fromEntries(
    FILTER_NAMES.filter((name) => state.filters[name].length > 0).map((name) => [name, { any: state.filters[name].map(toIndexForm) }]),
  );
  const found = await api.search(state.q ? prepareQuery(state.q) : null, {
    filters,
    ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  });
  if (!found || mine !== run) return;
  pending = [...found.results];
  list.replaceChildren();
  renderFilters(state, found.filters);
  await showMore(state.q);
  if (mine === run) status.textContent = found.results.length ? `Tìm thấy ${found.results.length} bài viết.` : 'Không tìm thấy bài viết nào.';
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
