import { describe, expect, it } from 'vitest';
import { findDistrict, findProvince, isCentralCity } from './gazetteer.ts';

describe('gazetteer', () => {
  it('knows the five centrally-governed cities, whatever the tone placement', () => {
    expect(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].map(isCentralCity)).toEqual([true, true, true, true, true]);
    expect(['Quảng Ninh', 'Khánh Hoà', 'Khánh Hòa'].map(isCentralCity)).toEqual([false, false, false]);
  });

  it('finds districts and provinces by name in either tone placement', () => {
    expect(findDistrict('Kiến Thuỵ')?.provinces).toEqual(['Hải Phòng']);
    expect(findProvince('Khánh Hoà')).toBe('Khánh Hòa');
  });
});
