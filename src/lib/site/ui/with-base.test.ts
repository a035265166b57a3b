import { describe, expect, it } from 'vitest';
import { withBase } from './with-base.ts';

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/tat-ca/', '/tat-ca/'],
    ['/archive/', '/', '/archive/'],
    ['/archive/', '/bai-viet/a/', '/archive/bai-viet/a/'],
    ['/archive', '/rss.xml', '/archive/rss.xml'],
    ['/archive/', 'nguon/x.txt', '/archive/nguon/x.txt'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
