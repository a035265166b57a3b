/**
 * What an article page tells Pagefind besides its text, named once: the filters,
 * metadata and sort keys that the page template writes (SearchFilters.astro, whose
 * values are typed by these names, so a name added here must be written there), that
 * the search page reads, and whose labels the listings share. Browser code imports
 * this module, so it holds names and words only.
 */

/** The facets readers can narrow a search by, each a Pagefind filter of the same name, and what a facet is called. */
export const SEARCH_FILTERS = {
  district: { label: 'Huyện' },
  province: { label: 'Tỉnh, thành phố' },
  year: { label: 'Năm' },
  category: { label: 'Chuyên mục' },
  documentKind: { label: 'Loại văn bản được dẫn' },
  meetingBody: { label: 'Cơ quan họp' },
} as const satisfies Record<string, { label: string }>;
export type FilterName = keyof typeof SEARCH_FILTERS;
export const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as FilterName[];

/**
 * Metadata each result carries for display: the title (the page's heading), ISO date or
 * '' when undated, and its precision. Pagefind indexes every metadata word; a result's
 * district is read from its filters instead, so place names are not indexed again.
 */
export const META_NAMES = ['title', 'date', 'precision'] as const;
export type MetaName = (typeof META_NAMES)[number];

/** Sort keys, with the label of the order the search page offers by each. */
export const SEARCH_SORTS = {
  date: { label: 'Mới nhất trước' },
} as const satisfies Record<string, { label: string }>;
export type SortName = keyof typeof SEARCH_SORTS;

/** The order results come in when no sort is chosen. */
export const RELEVANCE_LABEL = 'Phù hợp nhất';
