import { describe, expect, it } from 'vitest';
import { fromIndexForm, toIndexForm, toQueryForm } from './index-form.ts';
import { foldDiacritics } from '../vietnamese/fold-diacritics.ts';

describe('toIndexForm / fromIndexForm', () => {
  it.each(['Đảng ủy', 'đường tỉnh lộ', 'Mỹ Đức', 'dang dở', 'ĐT 353, 20-NQ/TU', '', 'Huyện uỷ khoá XXV, Thành ủy khóa XVII', 'hoà, hòa; KHOẺ Thuỵ', 'quá, của, uỷ.', '(Huyện uỷ), Đảng-uỷ, hoà`khoá'])('round-trips %j', (text) => {
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

  it('writes each tone placement the same way, so Pagefind keeps one page list per word', () => {
    const words = (text: string) => toQueryForm(text).normalize('NFD').replace(/\p{M}/gu, '');
    expect(toQueryForm('Huyện uỷ khoá Thuỵ hoà')).toBe(toQueryForm('Huyện ủy khóa Thụy hòa'));
    expect(toIndexForm('uỷ ban')).toBe('ủy` ban');
    expect(words('uỷ')).toBe('uy');
  });

  it('marks only words whose placement it changed, at their end, where Pagefind drops ASCII punctuation', () => {
    expect(toIndexForm('quá của Huyện ủy khóa')).toBe('quá của Huyện ủy khóa');
    for (const word of toQueryForm('Huyện uỷ khoá').split(' ')) expect(word).toMatch(/^\p{L}+$/u);
  });

  it('leaves text without đ or an older placement untouched', () => {
    expect(toIndexForm('Huyện ủy khóa')).toBe('Huyện ủy khóa');
  });
});
