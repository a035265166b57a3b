import { planQuery } from '../lib/search/prepare-query.ts';
import { markedRanges } from '../lib/search/rank-results.ts';

/** The URL parameter a search result link carries its query in. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * On an article opened from the search page, marks what the reader searched for: the
 * phrase where the article has it, as the result's excerpt did, else the words.
 * Runs only when the link carried the query; otherwise it touches nothing.
 */
export function highlightTerms(root: Element | null, search = location.search): void {
  const query = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  if (!root || !query) return;
  const plan = planQuery(query);
  const whole = root.textContent ?? '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = markedRanges(text, plan, whole);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      first ??= mark;
      fragment.append(mark);
      last = end;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  first?.scrollIntoView({ block: 'center' });
}
