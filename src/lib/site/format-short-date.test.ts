import { describe, expect, it } from 'vitest';
import { formatShortDate } from './format-short-date.ts';

describe('formatShortDate', () => {
  it('writes day/month/year as Vietnamese readers do, without shifting the zone', () => {
    expect(formatShortDate('2021-04-02T23:30:00+07:00')).toBe('2/4/2021');
    expect(formatShortDate('2019-12-02')).toBe('2/12/2019');
    expect(formatShortDate(null)).toBe('không rõ');
  });
});
