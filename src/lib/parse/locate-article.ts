import { FOOTER_AFTER_WORDS, FOOTER_START_LINES, LOOSE_CHROME_LINES, MIN_PARAGRAPH_WORDS } from '../vietnamese/patterns.ts';
import { wordCount } from './word-count.ts';

export interface Located {
  /** The page's non-empty lines, header included, footer and loose chrome removed. */
  lines: string[];
  /** Chrome lines that were removed, for the warnings and for tests. */
  dropped: string[];
}

const matchesAny = (patterns: RegExp[], line: string) => patterns.some((pattern) => pattern.test(line));

/**
 * Stage 3: drop the website below and around the article — the footer from its first
 * line down, and loose chrome (share bars, bare addresses) wherever it stands. The
 * footer is looked for only once the text has begun (a sentence of some length), since
 * sites print the same widgets ("Thống kê truy cập") above the headline too; the
 * header's own chrome is the header stage's to sort out.
 */
export function locateArticle(text: string): Located {
  const all = text.split('\n').filter((line) => line !== '');
  const textStart = all.findIndex((line) => {
    const words = wordCount(line);
    return words >= MIN_PARAGRAPH_WORDS || (words >= FOOTER_AFTER_WORDS && /[.!?…:;]$/.test(line));
  });
  let end = all.length;
  if (textStart !== -1) {
    const footer = all.findIndex((line, index) => index > textStart && matchesAny(FOOTER_START_LINES, line));
    if (footer !== -1) end = footer;
  }
  const dropped = all.slice(end);
  const lines: string[] = [];
  for (const line of all.slice(0, end)) {
    if (matchesAny(LOOSE_CHROME_LINES, line)) dropped.push(line);
    else lines.push(line);
  }
  return { lines, dropped };
}
