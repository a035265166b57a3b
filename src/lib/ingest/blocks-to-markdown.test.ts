import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from './blocks-to-markdown.ts';
import { markdownToBlocks } from './markdown-to-blocks.ts';

describe('blocksToMarkdown', () => {
  it.each([
    ['*nhấn mạnh* và _gạch_', String.raw`\*nhấn mạnh\* và \_gạch\_`],
    ['# Không phải tiêu đề', String.raw`\# Không phải tiêu đề`],
    ['1. Không phải danh sách', String.raw`1\. Không phải danh sách`],
    ['[a](b)', String.raw`\[a]\(b)`],
    ['<b>thẻ</b>', String.raw`\<b>thẻ\</b>`],
    ['~~xoá~~', String.raw`\~\~xoá\~\~`],
    ['TT&TT; &amp;', String.raw`TT\&TT; \&amp;`],
  ])('escapes %s so it renders as written', (text, markdown) => {
    expect(blocksToMarkdown([{ kind: 'paragraph', text }])).toBe(`${markdown}\n`);
  });

  it('wraps a caption in figure/figcaption and keeps the order', () => {
    const markdown = blocksToMarkdown([
      { kind: 'paragraph', text: 'Đoạn một.' },
      { kind: 'caption', text: 'Quang cảnh Hội nghị' },
      { kind: 'paragraph', text: 'Đoạn hai.' },
    ]);
    expect(markdown).toBe(
      'Đoạn một.\n\n<figure class="photo-caption"><figcaption>Quang cảnh Hội nghị</figcaption></figure>\n\nĐoạn hai.\n',
    );
  });

  it('escapes a caption as HTML text', () => {
    expect(blocksToMarkdown([{ kind: 'caption', text: '<script>x</script> & TT&TT' }])).toBe(
      '<figure class="photo-caption"><figcaption>&#x3C;script>x&#x3C;/script> &#x26; TT&#x26;TT</figcaption></figure>\n',
    );
  });

  it('is read back by markdownToBlocks', () => {
    const blocks = [
      { kind: 'caption' as const, text: '| a | b | <b>không phải thẻ</b> &amp;' },
      { kind: 'paragraph' as const, text: '> không phải trích dẫn `x`' },
    ];
    expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks);
  });
});
