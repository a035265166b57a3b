/**
 * Pagefind folds tone marks but not `đ`, which Unicode does not decompose: "dang" would
 * never find "Đảng". In the copy of each page that Pagefind indexes, `đ` is written as
 * `ď` (d with caron), a letter Vietnamese never uses that decomposes to `d` plus a mark.
 * Pagefind folds that mark away like any other, so "dang" finds it, while an exact query
 * in the same form still ranks first. Queries go through `toIndexForm` too; text coming
 * back from the index goes through `fromIndexForm` before anyone sees it.
 *
 * An earlier form, `d` + a combining stroke (U+0335), found the same pages, but Pagefind
 * does not count U+0335 as part of a word and indexed every `đ` word twice: the index
 * chunk of "dang" was twice its size and a search over it took twice as long.
 */
export function toIndexForm(text: string): string {
  return text.normalize('NFC').replaceAll('đ', 'ď').replaceAll('Đ', 'Ď');
}

export function fromIndexForm(text: string): string {
  return text.replaceAll('ď', 'đ').replaceAll('Ď', 'Đ');
}
