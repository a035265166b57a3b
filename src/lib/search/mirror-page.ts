import { toIndexForm } from './index-form.ts';

/** The page's title heading, which Pagefind reads as the title metadata. */
const TITLE_HEADING = /<h1\b(?=[^>]*\sdata-pagefind-meta="title")/;

/**
 * The copy of a built article page that Pagefind indexes: the text in the index form
 * (see index-form.ts), and the title heading left out of the indexed text. Pagefind
 * indexes the title as metadata, searched and ranked above the body; indexed in the
 * text as well, every title word would be stored twice over, for no result that the
 * metadata does not already give (the search page checks the title on the text it shows).
 */
export function mirrorPage(html: string): string {
  return toIndexForm(html.replace(TITLE_HEADING, '<h1 data-pagefind-ignore'));
}
