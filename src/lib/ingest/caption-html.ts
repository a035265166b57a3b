import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';

const CLASS = 'photo-caption';
/** rehype parses and serialises; captions are fragments, never whole documents. */
const processor = rehype().data('settings', { fragment: true }).freeze();

/**
 * A photo caption as the HTML the page needs — `<figure class="photo-caption">` around a
 * `<figcaption>` — built as a hast tree and serialised by rehype, which escapes the text.
 * It goes into the Markdown as one raw HTML block, so Astro's fast renderer passes it
 * through and no rehype plugin has to run at build time.
 */
export function captionHtml(text: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'figure',
        properties: { className: [CLASS] },
        children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: text }] }],
      },
    ],
  };
  return processor.stringify(tree);
}

/** The caption text of HTML written by `captionHtml`, or null when the HTML is anything else. */
export function captionText(html: string): string | null {
  const tree = processor.parse(html);
  const [figure] = tree.children;
  if (tree.children.length !== 1 || figure?.type !== 'element' || figure.tagName !== 'figure') return null;
  const classes = figure.properties.className;
  if (!Array.isArray(classes) || !classes.includes(CLASS)) return null;
  return toString(figure);
}
