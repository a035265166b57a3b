/**
 * Prefixes a site path with the base the site is served under, so every link works
 * at a domain root ("/") and under a sub-path ("/archive/") alike.
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
