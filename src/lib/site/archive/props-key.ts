import { createHash } from 'node:crypto';

/** An article as a page's props carry it: its collection entry, known by the digest of its file. */
const isArticle = (value: object): value is { digest: string } => 'digest' in value && 'collection' in value && typeof value.digest === 'string';

/** Keys of the objects already hashed in this build; props are not changed once made. */
const hashed = new WeakMap<object, string>();

/**
 * A cacheKey for Astro's incremental build (which copies a page from the last build while
 * its key and its code are unchanged), for a page that shows nothing but its props: a
 * hash of the props, in which an article stands for its file's digest. Objects that many
 * pages share (a listing's whole group, passed to each of its pages) are hashed once.
 */
export function propsKey(props: unknown, memo = hashed): string {
  if (props === null || typeof props !== 'object') return JSON.stringify(props) ?? 'undefined';
  const known = memo.get(props);
  if (known) return known;
  const parts = isArticle(props)
    ? `article:${props.digest}`
    : Array.isArray(props)
      ? `[${props.map((item) => propsKey(item, memo)).join(',')}]`
      : `{${Object.entries(props).map(([name, value]) => `${JSON.stringify(name)}:${propsKey(value, memo)}`).join(',')}}`;
  const key = createHash('sha256').update(parts).digest('base64url');
  memo.set(props, key);
  return key;
}
