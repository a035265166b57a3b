import { describe, expect, it } from 'vitest';
import { parseOrdinal } from './parse-ordinal.ts';

describe('parseOrdinal', () => {
  it('reads Roman numerals and digits', () => {
    expect(['VIII', 'XXIV', 'xiv', 'IX', '5', '14'].map(parseOrdinal)).toEqual([8, 24, 14, 9, 5, 14]);
  });

  it('refuses malformed numerals and zero', () => {
    expect(['IIII', 'VX', 'IC', '0', 'A'].map(parseOrdinal)).toEqual([null, null, null, null, null]);
  });
});
