const MARKS = /\p{M}/gu;
const HAS_MARK = /\p{M}/u;

/** A text's matching form: no tone or other marks, `đ` as `d`, lower case. */
const foldString = (text: string): string => text.normalize('NFD').replace(MARKS, '').replace(/đ/gi, 'd').toLowerCase();
/** A text's form when marks count: only the case is ignored. */
const exactString = (text: string): string => text.toLowerCase();

/** Folded characters, kept: what is folded character by character (query words, the odd text) comes from a small alphabet. */
const foldedChars = new Map<string, string>();

/** One character's matching form. */
function foldChar(char: string): string {
  let form = foldedChars.get(char);
  if (form === undefined) {
    form = foldString(char);
    if (foldedChars.size < 10_000) foldedChars.set(char, form);
  }
  return form;
}

/** The two ways of matching: each folds a character, or a whole text at once. */
const FOLD = { fold: { char: foldChar, text: foldString }, exact: { char: exactString, text: exactString } } as const;
type Fold = (typeof FOLD)[keyof typeof FOLD];

/** The words of a query as readers type them: quotes dropped, folded, empty ones removed. */
export function queryTerms(query: string, fold: Fold = FOLD.fold): string[] {
  return query
    .normalize('NFC')
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .map((term) => [...term].map(fold.char).join('').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((term) => term.length > 0);
}

/**
 * A text in matching form, with the offset in the text as written of each of its
 * characters (and of its end), or null when every character keeps its place. A
 * combining mark of NFD text folds to nothing with its letter; exact matching expects
 * NFC text, which is what pages and fragments hold.
 */
interface FoldedText {
  folded: string;
  offsets: number[] | null;
}

/** The last texts folded, by mode and text. */
const recentFolds = new Map<string, FoldedText>();

function foldText(text: string, fold: Fold): FoldedText {
  // A result's text is matched several times over (fit, then marks): the last few folds are kept.
  const key = `${fold === FOLD.fold ? 'f' : 'e'}${text}`;
  let result = recentFolds.get(key);
  if (result) return result;
  // Folded whole, a text in NFC keeps every character in its place (one letter for one):
  // the browser's own string functions, where character by character is several times slower.
  const whole = fold.text(text);
  result = whole.length === text.length && !HAS_MARK.test(text) ? { folded: whole, offsets: null } : foldByCharacter(text, fold);
  if (recentFolds.size >= 8) recentFolds.delete(recentFolds.keys().next().value!);
  recentFolds.set(key, result);
  return result;
}

/** The fold of a text in which some characters fold to more or fewer (NFD marks, a few capitals). */
function foldByCharacter(text: string, fold: Fold): FoldedText {
  const offsets: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const form = fold.char(char);
    for (let k = 0; k < form.length; k += 1) offsets.push(i);
    folded += form;
    i += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds `pattern` (in matching form) as whole words; returns [start, end) ranges in the text as written. */
function wholeWords(text: string, pattern: string, fold: Fold): [number, number][] {
  const { folded, offsets } = foldText(text, fold);
  const at = (index: number) => (offsets ? offsets[index]! : index);
  const ranges: [number, number][] = [];
  for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu'))) {
    ranges.push([at(match.index), at(match.index + match[0].length)]);
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
  return wholeWords(text, alternatives.join('|'), FOLD.fold);
}

/**
 * Where the query's words stand next to each other in the query's order (separated
 * only by spaces), as [start, end) ranges of the whole phrase. With `exact`, tone marks
 * and their placement must be as typed (case still ignored): the spelling the reader
 * wrote ranks above its variants.
 */
export function findPhrases(text: string, query: string, { exact = false } = {}): [number, number][] {
  const fold = exact ? FOLD.exact : FOLD.fold;
  const terms = queryTerms(query, fold);
  if (terms.length === 0) return [];
  return wholeWords(text, terms.map(escape).join('\\s+'), fold);
}

