import { describe, expect, it } from 'vitest';
import { fromIndexForm, toIndexForm } from './index-form.ts';
import { foldDiacritics } from '../vietnamese/fold-diacritics.ts';

describe('toIndexForm / fromIndexForm', () => {
  it.each(['Đảng ủy', 'đường tỉnh lộ', 'Mỹ Đức', 'dang dở', 'ĐT 353, 20-NQ/TU', ''])('round-trips %j', (text) => {
    expect(fromIndexForm(toIndexForm(text))).toBe(text);
  });

  it('gives đ a form that folds to d when combining marks are stripped', () => {
    const stripped = toIndexForm('Đảng ủy huyện Mỹ Đức').normalize('NFD').replace(/\p{M}/gu, '');
    expect(stripped).toBe(foldDiacritics('Đảng ủy huyện Mỹ Đức'));
  });

  it('writes each word in letters only, which Pagefind keeps whole (a combining mark made it index đ words twice)', () => {
    for (const word of toIndexForm('Đảng ủy Đức đường').split(' ')) expect(word).toMatch(/^\p{L}+$/u);
  });

  it('composes NFD input first, so a decomposed query matches', () => {
    expect(toIndexForm('Đảng'.normalize('NFD'))).toBe(toIndexForm('Đảng'));
  });

  it('leaves text without đ untouched', () => {
    expect(toIndexForm('Huyện uỷ khoá')).toBe('Huyện uỷ khoá');
  });
});
