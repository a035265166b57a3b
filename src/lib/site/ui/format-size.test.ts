import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size.ts';

describe('formatSize', () => {
  it.each([
    [830, '830 byte'],
    [12_700, '12,4 KB'],
    [3_250_000, '3,1 MB'],
  ])('%i → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });
});
