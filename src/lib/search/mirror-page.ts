import { toIndexForm } from './index-form.ts';

/** The page's title heading, which Pagefind reads as the title metadata. */
const TITLE_HEADING = /<h1\b(?=[^>]*\sdata-pagefind-meta="title")/;
/** The opening tag of the element Pagefind indexes; the tag's name is the first group. */
const INDEXED_START = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/;
const PAGE_LANGUAGE = /<html\b[^>]*\slang="([^"]*)"/;

/** The element marked `data-pagefind-body`, from its opening tag to its matching end tag. */
function indexedElement(html: string): string | undefined {
  const start = INDEXED_START.exec(html);
  if (!start) return undefined;
  const tags = new RegExp(`<(/?)${start[1]}\\b[^>]*>`, 'g');
  tags.lastIndex = start.index;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start.index, tag.index + tag[0].length);
  }
  return undefined;
}

/**
 * The copy of a built article page that Pagefind indexes:
 * - only the element marked `data-pagefind-body` (which holds the page's filters, sort
 *   keys and metadata too), in a bare page with the page's language: Pagefind reads
 *   nothing else of a page that has such an element, so the head, header, footer and
 *   related links were bytes written, read and parsed for nothing;
 * - the text in the index form (see index-form.ts);
 * - the title heading left out of the indexed text. Pagefind indexes the title as
 *   metadata, searched and ranked above the body; indexed in the text as well, every
 *   title word would be stored twice over, for no result that the metadata does not
 *   already give (the search page checks the title on the text it shows).
 */
export function mirrorPage(html: string): string {
  const element = indexedElement(html);
  const page = element === undefined ? html : `<!DOCTYPE html><html lang="${PAGE_LANGUAGE.exec(html)?.[1] ?? ''}"><body>${element}</body></html>`;
  return toIndexForm(page.replace(TITLE_HEADING, '<h1 data-pagefind-ignore'));
}
