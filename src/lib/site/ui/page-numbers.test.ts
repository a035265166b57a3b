import { describe, expect, it } from 'vitest';
import { pageNumbers } from './page-numbers.ts';

describe('pageNumbers', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [2, 3, [1, 2, 3]],
    [1, 7, [1, 2, 3, null, 7]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [10, 500, [1, null, 8, 9, 10, 11, 12, null, 500]],
    [500, 500, [1, null, 498, 499, 500]],
  ])('page %i of %i shows %j', (current, last, expected) => {
    expect(pageNumbers(current, last)).toEqual(expected);
  });

  it('always shows the first, the last and the current page, in order, without repeats', () => {
    for (let last = 1; last <= 40; last += 1) {
      for (let current = 1; current <= last; current += 1) {
        const numbers = pageNumbers(current, last).filter((n) => n !== null);
        expect(numbers).toEqual(expect.arrayContaining([1, current, last]));
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      }
    }
  });
});
