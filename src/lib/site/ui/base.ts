import { withBase } from './with-base.ts';

/**
 * The sub-path the site is served under (`BASE_PATH`, "/" or "/archive/"), as Astro
 * gives it. Read here and nowhere else: pages, components and endpoints link through
 * `link` and `absoluteUrl`.
 */
export const BASE: string = import.meta.env.BASE_URL;

/** A site path under the base: "/tat-ca/" → "/archive/tat-ca/". */
export function link(path: string): string {
  return withBase(BASE, path);
}

/** The absolute URL of a site path under the base, for feeds, canonical URLs and open data. */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return new URL(link(path), site).href;
}
