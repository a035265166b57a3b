import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.ts';
import { PAGE_SIZE } from './site-info.ts';

const items = (count: number) => Array.from({ length: count }, (_, i) => `bai-${i + 1}`);

describe('paginate', () => {
  it('cuts 45 items into pages of 20, 20 and 5, keeping their order', () => {
    const pages = paginate(items(45), 20);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((page) => page.items)).toEqual(items(45));
    expect(pages.map(({ number, last, total, from }) => [number, last, total, from])).toEqual([
      [1, 3, 45, 1],
      [2, 3, 45, 21],
      [3, 3, 45, 41],
    ]);
  });

  it('fills the last page exactly when the count is a multiple of the size', () => {
    expect(paginate(items(40), 20).map((page) => page.items.at(-1))).toEqual(['bai-20', 'bai-40']);
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, last: 1, total: 0, from: 1, items: [] }]);
  });

  it(`uses the site's page size, ${PAGE_SIZE}, by default`, () => {
    const pages = paginate(items(PAGE_SIZE + 1));
    expect(pages.map((page) => page.items.length)).toEqual([PAGE_SIZE, 1]);
  });
});
