import { describe, expect, it } from 'vitest';
import { assignSlugs, type SlugCandidate } from './assign-slugs.ts';

const candidate = (slug: string, publishedAt: string | null, file: string): SlugCandidate => ({
  slug,
  publishedAt,
  source: { file, sha256: file.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a') },
});

describe('assignSlugs', () => {
  it('leaves unique slugs alone', () => {
    expect(assignSlugs([candidate('a', null, 'a'), candidate('b', null, 'b')])).toEqual(['a', 'b']);
  });

  it('lets the oldest keep a shared slug and suffixes the others with their own hash', () => {
    const older = candidate('tin', '2020-01-01T00:00:00+07:00', 'f1');
    const newer = candidate('tin', '2021-01-01T00:00:00+07:00', 'f2');
    const undated = candidate('tin', null, 'c3');
    expect(assignSlugs([newer, undated, older])).toEqual([
      `tin-${newer.source.sha256.slice(0, 8)}`,
      `tin-${undated.source.sha256.slice(0, 8)}`,
      'tin',
    ]);
  });

  it('breaks a tie on date by file name, whatever the input order', () => {
    const a = candidate('tin', null, 'a1');
    const b = candidate('tin', null, 'b2');
    expect(assignSlugs([b, a])).toEqual(assignSlugs([a, b]).reverse());
    expect(assignSlugs([b, a])[1]).toBe('tin');
  });
});
