/**
 * Pagefind folds tone marks but not `đ`, which Unicode does not decompose: "dang" would
 * never find "Đảng". In the copy of each page that Pagefind indexes, `đ` is written as
 * `d` plus a combining short stroke overlay (U+0335). Pagefind folds that mark away like
 * any other, so "dang" finds it, while an exact query in the same form still ranks first.
 * Queries go through `toIndexForm` too; text coming back from the index goes through
 * `fromIndexForm` before anyone sees it.
 */
const STROKE = '\u0335';

export function toIndexForm(text: string): string {
  return text.normalize('NFC').replaceAll('đ', `d${STROKE}`).replaceAll('Đ', `D${STROKE}`);
}

export function fromIndexForm(text: string): string {
  return text.replaceAll(`d${STROKE}`, 'đ').replaceAll(`D${STROKE}`, 'Đ');
}
