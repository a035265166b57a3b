import { describe, expect, it } from 'vitest';
import { fromIndexForm } from './index-form.ts';
import { prepareQuery } from './prepare-query.ts';

describe('prepareQuery', () => {
  it.each([
    ['giai phong mat bang', 'giai phong mat bang'],
    ['  Huyện   uỷ  ', 'Huyện uỷ'],
    ['nghị quyết 20-NQ/TU', 'nghị quyết "20-NQ/TU"'],
    ['04 - CTr / HU', '"04-CTr/HU"'],
    ['245/2020/NQ-HĐND năm 2020', '"245/2020/NQ-HĐND" năm 2020'],
    ['"giải phóng mặt bằng"', '"giải phóng mặt bằng"'],
    ['tỉnh lộ 363', 'tỉnh lộ 363'],
  ])('%j → %j', (query, expected) => {
    expect(fromIndexForm(prepareQuery(query))).toBe(expected);
  });

  it('puts đ in the index form and composes NFD input', () => {
    expect(prepareQuery('Đảng'.normalize('NFD'))).toBe('Ďảng');
  });
});
