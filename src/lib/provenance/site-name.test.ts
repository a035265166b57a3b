import { describe, expect, it } from 'vitest';
import { siteNameOf } from './site-name.ts';

describe('siteNameOf', () => {
  it('prefers the listed name, else the host without www., else nothing', () => {
    expect(siteNameOf({ url: 'https://www.myduc.hanoi.gov.vn/a', site: 'Cổng thông tin huyện Mỹ Đức' })).toBe('Cổng thông tin huyện Mỹ Đức');
    expect(siteNameOf({ url: 'https://www.myduc.hanoi.gov.vn/a' })).toBe('myduc.hanoi.gov.vn');
    expect(siteNameOf({})).toBeNull();
  });
});
