import type { Source } from '../../schemas/article.ts';

/** The publishing site's name: as the source list gives it, else the address's host without "www." ("myduc.hanoi.gov.vn"). */
export function siteNameOf(source: Pick<Source, 'url' | 'site'>): string | null {
  if (source.site) return source.site;
  return source.url ? new URL(source.url).hostname.replace(/^www\./, '') : null;
}
