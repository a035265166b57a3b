import type { Root, RootContent } from 'mdast';
import type { Block } from '../../schemas/article.ts';
import { CAPTION_CLOSE, CAPTION_OPEN } from './caption-markup.ts';
import { markdownProcessor } from './markdown-processor.ts';

/**
 * Body blocks → Markdown, through an mdast tree so remark escapes whatever the text
 * holds (`*`, `_`, `#`, `[`, `<`, `|`, a leading "1.") and it renders as written.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  const children: RootContent[] = blocks.flatMap((block): RootContent[] => {
    const paragraph: RootContent = { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    if (block.kind === 'paragraph') return [paragraph];
    return [{ type: 'html', value: CAPTION_OPEN }, paragraph, { type: 'html', value: CAPTION_CLOSE }];
  });
  const tree: Root = { type: 'root', children };
  return markdownProcessor.stringify(tree);
}
