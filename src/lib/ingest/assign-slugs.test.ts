import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../schemas/article.ts';
import { assignSlugs, firstChoice, type SlugCandidate } from './assign-slugs.ts';

const candidate = (slug: string, publishedAt: string | null, file: string, district: string | null = null, datePrecision: DatePrecision = publishedAt ? 'datetime' : 'none'): SlugCandidate => ({
  slug,
  publishedAt,
  datePrecision,
  district,
  province: null,
  source: { file, sha256: '0'.repeat(64) },
});

describe('assignSlugs', () => {
  it('gives every dated report its title and date, and an undated one its title alone', () => {
    expect(assignSlugs([candidate('a', '2020-03-05T08:00:00+07:00', 'a'), candidate('b', null, 'b')])).toEqual(['a-2020-03-05', 'b']);
  });

  it('writes the date only as far as the report prints it', () => {
    expect(firstChoice(candidate('tin', '2020-03-01T00:00:00+07:00', 'a', null, 'month'))).toBe('tin-2020-03');
    expect(firstChoice(candidate('tin', '2020-03-05T00:00:00+07:00', 'a', null, 'date'))).toBe('tin-2020-03-05');
  });

  it('keeps a slug when an older report with the same title is added', () => {
    const newer = candidate('giao-ban-thang-3', '2021-03-04T08:00:00+07:00', 'f2');
    const older = candidate('giao-ban-thang-3', '2020-03-05T08:00:00+07:00', 'f1');
    expect(assignSlugs([newer])).toEqual(['giao-ban-thang-3-2021-03-04']);
    expect(assignSlugs([newer, older])).toEqual(['giao-ban-thang-3-2021-03-04', 'giao-ban-thang-3-2020-03-05']);
  });

  it('adds the place when the date is shared, and numbers only reports alike in title, place and date', () => {
    const day = '2020-06-01T08:00:00+07:00';
    const group = [
      candidate('hoi-nghi', day, 'a', 'Mỹ Đức'),
      candidate('hoi-nghi', day, 'b', 'Mỹ Đức'),
      candidate('hoi-nghi', day, 'c', 'Kiến Thụy'),
      candidate('hoi-nghi', day, 'd', 'Kiến Thụy'),
      candidate('hoi-nghi', day, 'e', 'Kiến Thụy'),
    ];
    expect(assignSlugs(group)).toEqual([
      'hoi-nghi-2020-06-01',
      'hoi-nghi-my-duc-2020-06-01',
      'hoi-nghi-kien-thuy-2020-06-01',
      'hoi-nghi-kien-thuy-2020-06-01-2',
      'hoi-nghi-kien-thuy-2020-06-01-3',
    ]);
  });

  it('names an undated report by its place, and numbers one with neither', () => {
    expect(assignSlugs([candidate('tin', null, 'a'), candidate('tin', null, 'b', 'Mỹ Đức'), candidate('tin', null, 'c'), candidate('tin', null, 'd')])).toEqual([
      'tin',
      'tin-my-duc',
      'tin-2',
      'tin-3',
    ]);
  });

  it("never takes another report's first choice", () => {
    const day = '2020-01-02T00:00:00+07:00';
    const other = candidate('tin-my-duc', day, 'z');
    const slugs = assignSlugs([candidate('tin', day, 'a'), candidate('tin', day, 'b', 'Mỹ Đức'), other]);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[2]).toBe('tin-my-duc-2020-01-02');
  });

  it('gives the same slugs whatever the input order', () => {
    const day = '2020-06-01T08:00:00+07:00';
    const group = ['a', 'b', 'c', 'd'].map((file, i) => candidate('tin', i < 3 ? day : null, file, i % 2 ? 'Mỹ Đức' : null));
    const forward = assignSlugs(group);
    expect(assignSlugs(group.toReversed())).toEqual(forward.toReversed());
    expect(new Set(forward).size).toBe(group.length);
  });
});
