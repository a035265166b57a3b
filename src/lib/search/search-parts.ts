/**
 * A large archive's search index is built in parts, each a Pagefind bundle of its own,
 * which the search page merges (Pagefind's `mergeIndex`). Pagefind holds every page of an
 * index in memory while it builds it, so one index of a whole large archive outgrows the
 * machine (README, "Scale"); a part holds at most `partPages` article pages, taken in path
 * order. An archive of up to that many articles has the one bundle Pagefind always writes.
 */
export const SEARCH_PART_PAGES = 20_000;

/** How many parts the index of `pages` article pages is built in. */
export const searchPartCount = (pages: number, partPages: number): number => Math.max(1, Math.ceil(pages / partPages));

/** The folder of part `index` (from 0) under the site root; the first is Pagefind's usual one. */
export const searchPartFolder = (index: number): string => (index === 0 ? 'pagefind/' : `pagefind-${index + 1}/`);
