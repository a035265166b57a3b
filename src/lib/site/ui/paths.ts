import type { FacetName } from '../archive/facets.ts';

/** Site paths, without the base; every page builds its links from these. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  all: () => '/tat-ca/',
  undated: () => '/chua-ro-ngay/',
  facetIndex: (facet: FacetName) => `/${FACET_SEGMENT[facet]}/`,
  facet: (facet: FacetName, slug: string) => `/${FACET_SEGMENT[facet]}/${slug}/`,
  month: (year: string, month: string) => `/nam/${year}/thang-${month}/`,
  raw: (file: string) => `/nguon/${file.split('/').map(encodeURIComponent).join('/')}`,
  officials: () => '/quan-chuc/',
  official: (slug: string) => `/quan-chuc/${slug}/`,
  documents: () => '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  openData: () => '/du-lieu/',
  openDataFile: (name: string) => `/du-lieu/${name}`,
  about: () => '/gioi-thieu/',
  search: () => '/tim-kiem/',
  feed: () => '/rss.xml',
};

/** The URL segment of each facet's listings. */
export const FACET_SEGMENT: Record<FacetName, string> = {
  year: 'nam',
  district: 'huyen',
  province: 'tinh',
  category: 'chuyen-muc',
};

/** Page `n` of a paginated listing that starts at `first`. */
export function pagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first}${n}/`;
}

/** The `[...page]` route parameter of page `n`: none for the first page, as `pagePath` has it. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}
