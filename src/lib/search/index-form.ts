import { normaliseTonePlacement } from '../vietnamese/tone-placement.ts';

/**
 * The form of the text Pagefind indexes (a mirror of each article page), and of
 * queries and filter values sent to it.
 *
 * `đ` is written `ď` (d with caron). Pagefind folds tone marks but not `đ`, which
 * Unicode does not decompose: "dang" would never find "Đảng". `ď`, a letter Vietnamese
 * never uses, decomposes to `d` plus a mark that Pagefind folds away like any other,
 * while an exact query in the same form still ranks first. (An earlier form, `d` + a
 * combining stroke, made Pagefind index every `đ` word twice.)
 *
 * A word with the older tone placement ("uỷ", "khoá", "hoà", "Thuỵ") is written in the
 * newer ("ủy", "khóa", "hòa", "Thụy") followed by a backtick. Pagefind keeps one page
 * list per spelling of a word; with one spelling, the chunk of "uy" (in nearly every
 * report) carries each page once instead of twice. Pagefind drops the backtick from the
 * word it indexes (ASCII punctuation at a word's end, like a comma), so nothing else is
 * indexed; `fromIndexForm` reads it to give the word back as written.
 */
const OLD_PLACEMENT_MARK = '`';
/**
 * The end of an open oa/oe/uy syllable with its tone on the second vowel, the only words
 * whose placement varies. Only the end is matched, and the word's start found from there
 * (`OPENING`): a pattern that began with the word's letters was tried at every letter of
 * every page and made the index form the slowest part of indexing.
 */
const OLD_PLACEMENT_END = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\p{L})/gu;
/** The letters of a word before its last two; longer than any Vietnamese syllable. */
const OPENING = /\p{L}{0,12}$/u;
/** A word marked as written in the older placement, up to the space before it (only its last letters change). */
const NEW_PLACEMENT_MARKED = /([^\s`]+)`/g;
const TONE_ON_FIRST = /^(.*)([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])$/u;

export function toIndexForm(text: string): string {
  return text
    .normalize('NFC')
    .replace(OLD_PLACEMENT_END, (end: string, offset: number, text: string) => {
      const opening = OPENING.exec(text.slice(Math.max(0, offset - 12), offset))![0];
      const newer = normaliseTonePlacement(opening + end);
      // Only the last two letters move their mark; the opening stays as it is.
      return newer === opening + end ? end : `${newer.slice(opening.length)}${OLD_PLACEMENT_MARK}`;
    })
    .replaceAll('đ', 'ď')
    .replaceAll('Đ', 'Ď');
}

/** A query in the index form: the placement folded as in the index, without the mark, which Pagefind would take as part of the word. */
export function toQueryForm(text: string): string {
  return toIndexForm(text).replaceAll(OLD_PLACEMENT_MARK, '');
}

export function fromIndexForm(text: string): string {
  return text
    .replace(NEW_PLACEMENT_MARKED, (_, word: string) => word.normalize('NFD').replace(TONE_ON_FIRST, '$1$2$4$3').normalize('NFC'))
    .replaceAll('ď', 'đ')
    .replaceAll('Ď', 'Đ');
}
