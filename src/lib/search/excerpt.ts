/** A piece of an excerpt, marked where it is what the reader searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * About `words` words of `text` around its first marked range, every marked range
 * inside them marked, with an ellipsis where the text goes on. With no range, the
 * opening words.
 */
export function excerpt(text: string, ranges: [number, number][], words = 30): ExcerptPart[] {
  const spans = [...text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length] as const);
  if (spans.length === 0) return [];
  const anchor = ranges[0];
  const first = anchor ? Math.max(0, spans.findIndex(([, end]) => end > anchor[0])) : 0;
  const last = anchor ? Math.max(first, spans.findLastIndex(([start]) => start < anchor[1])) : 0;
  // A third of the words before the anchor, the rest after it.
  const room = Math.max(0, words - (last - first + 1));
  let from = Math.max(0, first - Math.floor(room / 3));
  const to = Math.min(spans.length - 1, from + Math.max(words, last - first + 1) - 1);
  from = Math.max(0, Math.min(from, to - words + 1));
  const start = spans[from]![0];
  const end = spans[to]![1];
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '… ', marked: false });
  let at = start;
  for (const [markStart, markEnd] of ranges) {
    if (markEnd <= start || markStart >= end) continue;
    const clippedStart = Math.max(markStart, start);
    if (clippedStart > at) parts.push({ text: text.slice(at, clippedStart), marked: false });
    parts.push({ text: text.slice(clippedStart, Math.min(markEnd, end)), marked: true });
    at = Math.min(markEnd, end);
  }
  if (at < end) parts.push({ text: text.slice(at, end), marked: false });
  if (to < spans.length - 1) parts.push({ text: ' …', marked: false });
  return parts;
}
