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
});
