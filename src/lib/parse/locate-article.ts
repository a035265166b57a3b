import {
  FOOTER_START_LINES,
  LOOSE_CHROME_LINES,
  NAVIGATION_LINES,
} from '../vietnamese/patterns.ts';

/** How many lines from the top may still be navigation; below that a match is body text. */
const HEAD_WINDOW = 4;

export interface Located {
  /** The article's non-empty lines, header first, chrome removed. */
  lines: string[];
  /** Chrome lines that were removed, for the warnings and for tests. */
  dropped: string[];
}

const matchesAny = (patterns: RegExp[], line: string) => patterns.some((pattern) => pattern.test(line));

/**
 * Stage 3: keep the article, drop the website around it — navigation lines above the
 * title, the footer from its first line down, and loose chrome (share bars, counters)
 * wherever it stands.
 */
export function locateArticle(text: string): Located {
  const all = text.split('\n').filter((line) => line !== '');
  const dropped: string[] = [];

  let start = 0;
  while (start < Math.min(all.length, HEAD_WINDOW) && matchesAny(NAVIGATION_LINES, all[start]!)) {
    dropped.push(all[start]!);
    start += 1;
  }

  let end = all.length;
  for (let i = start + 1; i < all.length; i += 1) {
    if (matchesAny(FOOTER_START_LINES, all[i]!)) {
      end = i;
      break;
    }
  }
  dropped.push(...all.slice(end));

  const lines: string[] = [];
  for (const line of all.slice(start, end)) {
    if (matchesAny(LOOSE_CHROME_LINES, line)) dropped.push(line);
    else lines.push(line);
  }
  return { lines, dropped };
}
