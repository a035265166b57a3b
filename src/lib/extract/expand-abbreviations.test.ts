import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './expand-abbreviations.ts';

describe('expandAbbreviations', () => {
  it('spells out councils, committees and members', () => {
    expect(expandAbbreviations('Chủ tịch UBND huyện', null)).toBe('Chủ tịch Ủy ban nhân dân huyện');
    expect(expandAbbreviations('Chủ tịch HĐND huyện', null)).toBe('Chủ tịch Hội đồng nhân dân huyện');
    expect(expandAbbreviations('UVBTV', null)).toBe('Ủy viên Ban Thường vụ');
    expect(expandAbbreviations('Chủ tịch UBMTTQ huyện', null)).toBe('Chủ tịch Ủy ban Mặt trận Tổ quốc huyện');
  });

  it('reads TUV by the province, and leaves it when the province is unknown', () => {
    expect(expandAbbreviations('TUV', 'Hà Nội')).toBe('Thành ủy viên');
    expect(expandAbbreviations('TUV', 'Quảng Ninh')).toBe('Tỉnh ủy viên');
    expect(expandAbbreviations('TUV', null)).toBe('TUV');
  });

  it('leaves abbreviations it does not know, and letters inside words', () => {
    expect(expandAbbreviations('UVBTU', 'Hà Nội')).toBe('UVBTU');
    expect(expandAbbreviations('BCHQS huyện', null)).toBe('BCHQS huyện');
  });
});
