import { describe, expect, it } from 'vitest';
import { assignSlugs, type SlugCandidate } from './assign-slugs.ts';

const candidate = (slug: string, publishedAt: string | null, file: string, district: string | null = null): SlugCandidate => ({
  slug,
  publishedAt,
  district,
  province: null,
  source: { file, sha256: '0'.repeat(64) },
});

describe('assignSlugs', () => {
  it('leaves unique slugs alone', () => {
    expect(assignSlugs([candidate('a', null, 'a'), candidate('b', null, 'b')])).toEqual(['a', 'b']);
  });

  it('lets the oldest keep a shared slug and gives the others the day they were published', () => {
    const older = candidate('giao-ban-thang-3', '2020-03-05T08:00:00+07:00', 'f1');
    const newer = candidate('giao-ban-thang-3', '2021-03-04T08:00:00+07:00', 'f2');
    expect(assignSlugs([newer, older])).toEqual(['giao-ban-thang-3-2021-03-04', 'giao-ban-thang-3']);
  });

  it('adds the place when the day is shared, and numbers only reports alike in title, place and day', () => {
    const day = '2020-06-01T08:00:00+07:00';
    const group = [
      candidate('hoi-nghi', day, 'a', 'Mỹ Đức'),
      candidate('hoi-nghi', day, 'b', 'Mỹ Đức'),
      candidate('hoi-nghi', day, 'c', 'Kiến Thụy'),
      candidate('hoi-nghi', day, 'd', 'Kiến Thụy'),
      candidate('hoi-nghi', day, 'e', 'Kiến Thụy'),
    ];
    expect(assignSlugs(group)).toEqual([
      'hoi-nghi',
      'hoi-nghi-2020-06-01',
      'hoi-nghi-kien-thuy-2020-06-01',
      'hoi-nghi-kien-thuy-2020-06-01-2',
      'hoi-nghi-kien-thuy-2020-06-01-3',
    ]);
  });

  it('names an undated report by its place, and numbers one with neither', () => {
    const dated = candidate('tin', '2020-01-01T00:00:00+07:00', 'a');
    expect(assignSlugs([dated, candidate('tin', null, 'b', 'Mỹ Đức'), candidate('tin', null, 'c'), candidate('tin', null, 'd')])).toEqual([
      'tin',
      'tin-my-duc',
      'tin-2',
      'tin-3',
    ]);
  });

  it("never takes another title's slug", () => {
    const other = candidate('tin-2020-01-02', '2019-01-01T00:00:00+07:00', 'z');
    const slugs = assignSlugs([candidate('tin', '2020-01-01T00:00:00+07:00', 'a'), candidate('tin', '2020-01-02T00:00:00+07:00', 'b'), other]);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[2]).toBe('tin-2020-01-02');
  });

  it('gives the same slugs whatever the input order', () => {
    const day = '2020-06-01T08:00:00+07:00';
    const group = ['a', 'b', 'c', 'd'].map((file, i) => candidate('tin', i < 3 ? day : null, file, i % 2 ? 'Mỹ Đức' : null));
    const forward = assignSlugs(group);
    expect(assignSlugs(group.toReversed())).toEqual(forward.toReversed());
    expect(new Set(forward).size).toBe(group.length);
  });
});
