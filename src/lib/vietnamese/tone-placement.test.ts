import { describe, expect, it } from 'vitest';
import { anyTonePlacement, normaliseTonePlacement } from './tone-placement.ts';

describe('normaliseTonePlacement', () => {
  it.each([
    ['Kiến Thuỵ', 'Kiến Thụy'],
    ['hoà khoẻ khoá uỷ', 'hòa khỏe khóa ủy'],
    ['Huyện ủy', 'Huyện ủy'],
    ['quý Quỳnh thuyết', 'quý Quỳnh thuyết'],
    ['Thành phố Hà Nội', 'Thành phố Hà Nội'],
  ])('%s → %s', (input, expected) => expect(normaliseTonePlacement(input)).toBe(expected));
});

describe('anyTonePlacement', () => {
  it.each([
    [/^huyện ủy$/i, ['huyện ủy', 'Huyện uỷ'], ['huyện ủa']],
    [/khóa (X+)/, ['khóa XX', 'khoá XX'], ['khoa XX']],
    [/Thụy|hòa|khỏe/u, ['Thuỵ', 'hoà', 'khoẻ'], ['Thuy', 'hoa']],
    [/quý I/, ['quý I'], ['qúy I']],
  ])('%s', (pattern, matches, misses) => {
    const both = anyTonePlacement(pattern);
    expect(matches.every((text) => both.test(text))).toBe(true);
    expect(misses.some((text) => both.test(text))).toBe(false);
    expect(both.flags).toBe(pattern.flags);
  });

  it('leaves a closed syllable alone: the tone of "hoàn" has one place', () => {
    expect(anyTonePlacement(/hoàn thành/).source).toBe('hoàn thành');
  });
});
