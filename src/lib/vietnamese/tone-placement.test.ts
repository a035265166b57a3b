import { describe, expect, it } from 'vitest';
import { normaliseTonePlacement } from './tone-placement.ts';

describe('normaliseTonePlacement', () => {
  it.each([
    ['Kiến Thuỵ', 'Kiến Thụy'],
    ['hoà khoẻ khoá uỷ', 'hòa khỏe khóa ủy'],
    ['Huyện ủy', 'Huyện ủy'],
    ['quý Quỳnh thuyết', 'quý Quỳnh thuyết'],
    ['Thành phố Hà Nội', 'Thành phố Hà Nội'],
  ])('%s → %s', (input, expected) => expect(normaliseTonePlacement(input)).toBe(expected));
});
