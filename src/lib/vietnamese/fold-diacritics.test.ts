import { expect, it } from 'vitest';
import { foldDiacritics } from './fold-diacritics.ts';

it('strips every Vietnamese mark, đ included', () => {
  expect(foldDiacritics('Huyện ủy Kiến Thụy, Đảng bộ Mỹ Đức')).toBe('Huyen uy Kien Thuy, Dang bo My Duc');
  expect(foldDiacritics('ăâêôơư ĂÂÊÔƠƯ')).toBe('aaeoou AAEOOU');
});
