import type { Block } from '../../schemas/article.ts';
import { CAPTION_MAX_WORDS, MARKUP_LOOKING_LINE, PHOTO_CREDIT, PUNCTUATED_CAPTIONS } from '../vietnamese/patterns.ts';
import { parseClosingByline, type Byline } from './byline.ts';

export interface Body {
  blocks: Block[];
  byline: Byline | null;
}

const SENTENCE_INSIDE = /[.!?…]\s+\p{Lu}/u;

/** A short line describing a picture: one sentence at most, and unpunctuated unless it reads like a caption. */
function isCaption(line: string): boolean {
  // The split stops one word past the limit: paragraphs run to hundreds of words.
  if (line.split(' ', CAPTION_MAX_WORDS + 1).length > CAPTION_MAX_WORDS || line.includes(';') || SENTENCE_INSIDE.test(line)) return false;
  if (/:$/.test(line) || MARKUP_LOOKING_LINE.test(line)) return false;
  const closing = /[.!?…]$/.exec(line);
  // "Ảnh: Đ/c … phát biểu chỉ đạo hội nghị." names its photo, however it ends.
  if (!closing || PHOTO_CREDIT.test(line)) return true;
  const sentence = line.slice(0, -1).trimEnd();
  return PUNCTUATED_CAPTIONS.some((pattern) => pattern.test(sentence));
}

/**
 * Stage 5: the lines after the header become paragraphs and photo captions, in order;
 * the closing line or two become the byline when they read as one. The first block is
 * always a paragraph: it is the lead.
 */
export function parseBody(lines: string[]): Body {
  const closing = lines.length > 1 ? parseClosingByline(lines) : null;
  const text = closing ? lines.slice(0, -closing.lines) : lines;
  const blocks: Block[] = text.map((line, index) => ({
    kind: index > 0 && isCaption(line) ? 'caption' : 'paragraph',
    text: line,
  }));
  return { blocks, byline: closing?.byline ?? null };
}
