import { describe, expect, it } from 'vitest';
import type { Transfer } from './measure-search-fs.ts';
import { searchSteps } from './search-steps.ts';

const t = (kind: Transfer['kind'], phase: Transfer['phase'], started: number, finished: number): Transfer => ({ url: '', kind, phase, bytes: 1, started, finished });

describe('searchSteps', () => {
  it('splits the time at the last index chunk, the first and last fragment', () => {
    const transfers = [
      t('meta', 'before', -900, -850),
      t('index', 'query', 5, 40),
      t('index', 'query', 6, 60),
      t('fragment', 'query', 250, 270),
      t('fragment', 'query', 251, 290),
      t('filter', 'after', 300, 320),
    ];
    expect(searchSteps(transfers, 330)).toEqual({ index: 60, search: 190, fragments: 40, render: 40 });
  });

  it('counts no index or fragment time when nothing was fetched (a search already loaded, no results)', () => {
    expect(searchSteps([t('meta', 'before', -900, -850)], 80)).toEqual({ index: 0, search: 0, fragments: 0, render: 80 });
  });
});
