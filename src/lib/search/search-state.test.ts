import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from './search-state.ts';

describe('readSearchState / writeSearchState', () => {
  it('round-trips a query with filters and sort', () => {
    const search = '?q=%C4%91%E1%BA%A3ng+%E1%BB%A7y&district=M%E1%BB%B9+%C4%90%E1%BB%A9c&year=2022&year=2021&meetingBody=Th%C6%B0%E1%BB%9Dng+tr%E1%BB%B1c+Huy%E1%BB%87n+%E1%BB%A7y&sort=newest';
    const state = readSearchState(search);
    expect(state).toEqual({
      q: 'đảng ủy',
      filters: { district: ['Mỹ Đức'], province: [], year: ['2021', '2022'], category: [], documentKind: [], meetingBody: ['Thường trực Huyện ủy'] },
      sort: 'newest',
    });
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('composes a decomposed (NFD) query', () => {
    expect(readSearchState(`?q=${encodeURIComponent('Đảng'.normalize('NFD'))}`).q).toBe('Đảng');
  });

  it('ignores unknown parameters and bad sort values', () => {
    expect(readSearchState('?x=1&sort=oldest')).toEqual({
      q: '',
      filters: { district: [], province: [], year: [], category: [], documentKind: [], meetingBody: [] },
      sort: 'relevance',
    });
  });

  it('writes nothing for the empty state', () => {
    expect(writeSearchState(readSearchState(''))).toBe('');
  });
});
