import { findMatches, queryTerms } from '../lib/search/find-matches.ts';

/** The URL parameter a search result link carries its query in. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * On an article opened from the search page, marks the words the reader searched for.
 * Runs only when the link carried the query; otherwise it touches nothing.
 */
export function highlightTerms(root: Element | null, search = location.search): void {
  const query = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  if (!root || !query) return;
  const terms = queryTerms(query);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const ranges = findMatches(text, terms);
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
