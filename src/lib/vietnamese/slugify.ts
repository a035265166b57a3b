import { foldDiacritics } from './fold-diacritics.ts';

const MAX_SLUG_LENGTH = 80;

/**
 * ASCII URL segment for a title: diacritics folded (`đ` → `d`), lowercase, runs of
 * anything else collapsed to one hyphen, cut at a word boundary. Never contains a
 * path separator or `..`; returns `bai-viet` when nothing usable is left.
 */
export function slugify(title: string): string {
  const words = foldDiacritics(title.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? 'bai-viet').slice(0, MAX_SLUG_LENGTH);
}
