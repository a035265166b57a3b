const MARKS = /\p{M}/gu;

/** One character's matching form: no tone or other marks, `đ` as `d`, lower case. */
function foldChar(char: string): string {
  return char.normalize('NFD').replace(MARKS, '').replace(/đ/gi, 'd').toLowerCase();
}

/** The words of a query as readers type them: quotes dropped, folded, empty ones removed. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFC')
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .map((term) => [...term].map(foldChar).join('').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((term) => term.length > 0);
}

/**
 * Where the query's words occur in a text, as [start, end) offsets into the text as
 * written. Matching ignores tone marks, tone placement, case and `đ`/`d`, the way the
 * search itself does, so the words a result was found by are the words highlighted.
 */
export function findMatches(text: string, terms: string[]): [number, number][] {
  const offsets: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const form = foldChar(char);
    for (let k = 0; k < form.length; k += 1) offsets.push(i);
    folded += form;
    i += char.length;
  }
  offsets.push(text.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const before = folded[at - 1];
      const after = folded[at + term.length];
      const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
      if (!isWord(before) && !isWord(after)) ranges.push([offsets[at]!, offsets[at + term.length]!]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((range, i, all) => i === 0 || range[0] >= all[i - 1]![1]);
}
