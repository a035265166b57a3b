import type { FacetName } from '../archive/facets.ts';

/** How each facet is named in headings and breadcrumbs. */
export const FACET_LABELS: Record<FacetName, { index: string; value: (value: string) => string }> = {
  year: { index: 'Theo năm', value: (value) => `Năm ${value}` },
  district: { index: 'Theo huyện', value: (value) => `Huyện ${value}` },
  province: { index: 'Theo tỉnh, thành phố', value: (value) => `Tỉnh, thành phố ${value}` },
  category: { index: 'Chuyên mục', value: (value) => `Chuyên mục: ${value}` },
};
