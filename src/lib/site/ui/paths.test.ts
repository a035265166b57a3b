import { describe, expect, it } from 'vitest';
import { pageParam, pagePath, paths } from './paths.ts';

describe('paths', () => {
  it('builds ASCII listing paths for each facet', () => {
    expect(paths.facet('district', 'kien-thuy')).toBe('/huyen/kien-thuy/');
    expect(paths.facet('province', 'ha-noi')).toBe('/tinh/ha-noi/');
    expect(paths.facet('category', 'dang-doan-the')).toBe('/chuyen-muc/dang-doan-the/');
    expect(paths.month('2021', '04')).toBe('/nam/2021/thang-04/');
  });

  it('gives officials, documents and the open data their own folders', () => {
    expect([paths.officials(), paths.official('le-minh-hai-quang-ninh'), paths.documents(), paths.document('20-nq-tu-quang-ninh'), paths.openData()]).toEqual([
      '/quan-chuc/',
      '/quan-chuc/le-minh-hai-quang-ninh/',
      '/van-ban/',
      '/van-ban/20-nq-tu-quang-ninh/',
      '/du-lieu/',
    ]);
  });

  it('escapes a raw file name for a URL, keeping its folders', () => {
    expect(paths.raw('2021/bản tin #1.txt')).toBe('/nguon/2021/b%E1%BA%A3n%20tin%20%231.txt');
  });

  it('numbers every page but the first, in paths and in route parameters alike', () => {
    expect([1, 2, 3].map((n) => pagePath('/tat-ca/', n))).toEqual(['/tat-ca/', '/tat-ca/2/', '/tat-ca/3/']);
    expect([1, 2, 3].map(pageParam)).toEqual([undefined, '2', '3']);
  });
});
