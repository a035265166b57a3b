import type { Root, RootContent } from 'mdast';
import type { Block } from '../../schemas/article.ts';
import { captionHtml } from './caption-html.ts';
import { markdownProcessor } from './markdown-processor.ts';

/**
 * Body blocks → Markdown, through an mdast tree so remark escapes whatever the text
 * holds (`*`, `_`, `#`, `[`, `<`, `|`, a leading "1.") and it renders as written.
 * Captions become raw HTML blocks (see caption-html.ts).
 */
export function blocksToMarkdown(blocks: Block[]): string {
  const children: RootContent[] = blocks.map((block): RootContent =>
    block.kind === 'paragraph'
      ? { type: 'paragraph', children: [{ type: 'text', value: block.text }] }
      : { type: 'html', value: captionHtml(block.text) },
  );
  const tree: Root = { type: 'root', children };
  return markdownProcessor.stringify(tree);
}
