const MARKS = /\p{M}/gu;

/** Folded characters, kept: a page's text is folded character by character, from a small alphabet. */
const foldedChars = new Map<string, string>();

/** One character's matching form: no tone or other marks, `đ` as `d`, lower case. */
function foldChar(char: string): string {
  let form = foldedChars.get(char);
  if (form === undefined) {
    form = char.normalize('NFD').replace(MARKS, '').replace(/đ/gi, 'd').toLowerCase();
    if (foldedChars.size < 10_000) foldedChars.set(char, form);
  }
  return form;
}

/** One character's form when marks count: only the case is ignored. */
function exactChar(char: string): string {
  return char.toLowerCase();
}

/** The words of a query as readers type them: quotes dropped, folded, empty ones removed. */
export function queryTerms(query: string, fold: (char: string) => string = foldChar): string[] {
  return query
    .normalize('NFC')
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .map((term) => [...term].map(fold).join('').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((term) => term.length > 0);
}

/** The last texts folded, by mode and text. */
const recentFolds = new Map<string, { folded: string; offsets: number[] }>();

/**
 * A text in matching form, with the offset in the text as written of each of its
 * characters (and of its end). A combining mark of NFD text folds to nothing with its
 * letter; exact matching expects NFC text, which is what pages and fragments hold.
 */
function foldText(text: string, fold: (char: string) => string): { folded: string; offsets: number[] } {
  // A result's text is matched several times over (fit, then marks): the last few folds are kept.
  const key = `${fold === foldChar ? 'f' : 'e'}${text}`;
  const kept = recentFolds.get(key);
  if (kept) return kept;
  const offsets: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const form = fold(char);
    for (let k = 0; k < form.length; k += 1) offsets.push(i);
    folded += form;
    i += char.length;
  }
  offsets.push(text.length);
  const result = { folded, offsets };
  if (recentFolds.size >= 8) recentFolds.delete(recentFolds.keys().next().value!);
  recentFolds.set(key, result);
  return result;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds `pattern` (in matching form) as whole words; returns [start, end) ranges in the text as written. */
function wholeWords(text: string, pattern: string, fold: (char: string) => string): [number, number][] {
  const { folded, offsets } = foldText(text, fold);
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu'))) {
    ranges.push([offsets[match.index]!, offsets[match.index + match[0].length]!]);
  }
  return ranges;
}

/**
 * Where the query's words occur in a text, as [start, end) offsets into the text as
 * written. Matching ignores tone marks, tone placement, case and `đ`/`d`, the way the
 * search itself does, so the words a result was found by are the words highlighted.
 */
export function findMatches(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  // Longest first, so a term that begins another does not cut it short.
  const alternatives = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
  return wholeWords(text, alternatives.join('|'), foldChar);
}

/**
 * Where the query's words stand next to each other in the query's order (separated
 * only by spaces), as [start, end) ranges of the whole phrase. With `exact`, tone marks
 * and their placement must be as typed (case still ignored): the spelling the reader
 * wrote ranks above its variants.
 */
export function findPhrases(text: string, query: string, { exact = false } = {}): [number, number][] {
  const fold = exact ? exactChar : foldChar;
  const terms = queryTerms(query, fold);
  if (terms.length === 0) return [];
  return wholeWords(text, terms.map(escape).join('\\s+'), fold);
}

