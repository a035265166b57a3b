import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');
const show = (parts: ReturnType<typeof excerpt>) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('excerpt', () => {
  it('cuts about the given number of words around the first range, marking every range inside', () => {
    const text = `${words(40)} Đảng ủy ${words(40, 40)} Đảng ủy ${words(5, 80)}`;
    const at = text.indexOf('Đảng ủy');
    const second = text.indexOf('Đảng ủy', at + 1);
    const shown = show(excerpt(text, [[at, at + 7], [second, second + 7]], 12));
    expect(shown).toBe('… w37 w38 w39 [Đảng ủy] w40 w41 w42 w43 w44 w45 w46 …');
  });

  it('opens the text when there is nothing to mark, with no ellipsis before', () => {
    expect(show(excerpt(words(5), [], 3))).toBe('w0 w1 w2 …');
  });

  it('keeps a range near the end inside the excerpt', () => {
    const text = `${words(20)} Đảng ủy`;
    const at = text.indexOf('Đảng');
    expect(show(excerpt(text, [[at, text.length]], 6))).toBe('… w16 w17 w18 w19 [Đảng ủy]');
  });
});
