import { withBase } from '../ui/with-base.ts';

/** The absolute URL of a site path, under the configured base: what feeds and open data link to. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
