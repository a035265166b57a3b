import { FILTER_NAMES, type FilterName } from './search-contract.ts';

export interface SearchState {
  /** The query as typed (NFC), or '' for none. */
  q: string;
  /** Selected values per facet; a result must match one value of every facet that has any. */
  filters: Record<FilterName, string[]>;
  /** Relevance, or newest first. */
  sort: 'relevance' | 'newest';
}

/** Reads the state from a URL's search string (`?q=…&district=…&sort=newest`), ignoring anything unknown. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [...new Set(params.getAll(name).filter(Boolean))].sort()]),
  ) as Record<FilterName, string[]>;
  return {
    q: (params.get('q') ?? '').normalize('NFC').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The search string for a state, stable for equal states so history entries compare equal. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of [...state.filters[name]].sort()) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const search = params.toString();
  return search ? `?${search}` : '';
}
