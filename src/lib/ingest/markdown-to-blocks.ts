import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../../schemas/article.ts';
import { CAPTION_OPEN } from './caption-markup.ts';
import { markdownProcessor } from './markdown-processor.ts';

/** Reads a body written by `blocksToMarkdown` back into its blocks: the inverse the tests hold it to. */
export function markdownToBlocks(markdown: string): Block[] {
  const tree = markdownProcessor.parse(markdown) as Root;
  const blocks: Block[] = [];
  let inCaption = false;
  for (const node of tree.children) {
    if (node.type === 'html') inCaption = node.value === CAPTION_OPEN;
    else blocks.push({ kind: inCaption ? 'caption' : 'paragraph', text: toString(node) });
  }
  return blocks;
}
