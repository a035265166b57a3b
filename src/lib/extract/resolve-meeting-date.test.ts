import { describe, expect, it } from 'vitest';
import { resolveMeetingDate } from './resolve-meeting-date.ts';

describe('resolveMeetingDate', () => {
  it('gives a year-less date the publication year', () => {
    expect(resolveMeetingDate(19, 7, null, '2022-07-20T17:49:00+07:00')).toBe('2022-07-19');
    expect(resolveMeetingDate(20, 7, null, '2022-07-20T17:49:00+07:00')).toBe('2022-07-20');
  });

  it('takes the year before when the date would follow the publication', () => {
    expect(resolveMeetingDate(30, 12, null, '2022-01-02T08:00:00+07:00')).toBe('2021-12-30');
  });

  it('keeps a printed year, and gives up on impossible dates or no publication date', () => {
    expect(resolveMeetingDate(14, 3, 2023, null)).toBe('2023-03-14');
    expect(resolveMeetingDate(31, 4, 2023, null)).toBeNull();
    expect(resolveMeetingDate(14, 3, null, null)).toBeNull();
  });
});
