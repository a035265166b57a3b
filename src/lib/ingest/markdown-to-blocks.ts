import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../../schemas/article.ts';
import { captionText } from './caption-html.ts';
import { markdownProcessor } from './markdown-processor.ts';

/** Reads a body written by `blocksToMarkdown` back into its blocks: the inverse the tests hold it to. */
export function markdownToBlocks(markdown: string): Block[] {
  const tree = markdownProcessor.parse(markdown) as Root;
  return tree.children.map((node): Block => {
    const caption = node.type === 'html' ? captionText(node.value) : null;
    return caption === null ? { kind: 'paragraph', text: toString(node) } : { kind: 'caption', text: caption };
  });
}
