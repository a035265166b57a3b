import { describe, expect, it } from 'vitest';
import { neighbours } from './neighbours.ts';

describe('neighbours', () => {
  const newestFirst = ['2023', '2022', '2021', 'undated-a', 'undated-b'];

  it('gives the older article after and the newer one before', () => {
    expect(neighbours(newestFirst, '2022')).toEqual({ older: '2021', newer: '2023' });
  });

  it('has no newer article for the newest and no older one for the last', () => {
    expect(neighbours(newestFirst, '2023')).toEqual({ older: '2022', newer: undefined });
    expect(neighbours(newestFirst, 'undated-b')).toEqual({ older: undefined, newer: 'undated-a' });
  });

  it('answers for every item of one list, and for another list on its own', () => {
    const other = ['2021', '2023'];
    expect(newestFirst.map((item) => neighbours(newestFirst, item).older)).toEqual(['2022', '2021', 'undated-a', 'undated-b', undefined]);
    expect(neighbours(other, '2021')).toEqual({ older: '2023', newer: undefined });
  });
});
