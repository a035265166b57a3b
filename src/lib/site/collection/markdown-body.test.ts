import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { markdownBody } from './markdown-body.ts';

describe('markdownBody', () => {
  it('drops the front matter gray-matter wrote and trims the rest', () => {
    const body = 'Ngày 04/5, Ban Thường vụ Huyện ủy họp.\n\n---\n\nĐoạn sau một đường kẻ.';
    const file = matter.stringify(`\n${body}\n`, { title: 'Huyện uỷ: giao ban', lead: 'a\n---\nb' });
    expect(markdownBody(file)).toBe(body);
  });

  it('keeps a file without front matter whole', () => {
    expect(markdownBody('Chỉ có thân bài.\n')).toBe('Chỉ có thân bài.');
  });
});
