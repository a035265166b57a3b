import { SEARCH_FILTERS } from '../search/search-contract.ts';
import type { FacetName } from './facets.ts';

const named = (facet: FacetName) => SEARCH_FILTERS[facet].label;

/** How each facet is named in headings and breadcrumbs: the search filter's own label. */
export const FACET_LABELS: Record<FacetName, { index: string; value: (value: string) => string }> = {
  year: { index: `Theo ${named('year').toLowerCase()}`, value: (value) => `${named('year')} ${value}` },
  district: { index: `Theo ${named('district').toLowerCase()}`, value: (value) => `${named('district')} ${value}` },
  province: { index: `Theo ${named('province').toLowerCase()}`, value: (value) => `${named('province')} ${value}` },
  category: { index: named('category'), value: (value) => `${named('category')}: ${value}` },
};
