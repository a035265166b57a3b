import { describe, expect, it } from 'vitest';
import { toneKey } from './tone-key.ts';

describe('toneKey', () => {
  it.each([
    ['Huyện uỷ', 'Huyện ủy'],
    ['khoá', 'khóa'],
    ['hoà', 'hòa'],
    ['Kiến Thuỵ', 'kiến thụy'],
    ['Đảng'.normalize('NFD'), 'đảng'],
  ])('%s = %s', (a, b) => expect(toneKey(a)).toBe(toneKey(b)));

  it.each([
    ['Đảng', 'Đáng'],
    ['dang', 'đang'],
    ['Mỹ', 'My'],
  ])('%s ≠ %s', (a, b) => expect(toneKey(a)).not.toBe(toneKey(b)));

  it('gives the same keys after more distinct texts than it keeps', () => {
    const first = toneKey('Huyện uỷ khoá XXV');
    for (let i = 0; i < 10_050; i += 1) toneKey(`Xã thứ ${i} hoà`);
    expect(toneKey('Huyện uỷ khoá XXV')).toBe(first);
    expect(toneKey('Xã thứ 3 hoà')).toBe('xa4 thư1 3 hoa2');
  });
});
