import { describe, expect, it } from 'vitest';
import { dateInVietnam, isoDate, monthKey, publishedDate, readDate, yearKey } from './date-parts.ts';

describe('readDate', () => {
  it('reads the parts as written, to the precision the report printed', () => {
    expect(readDate('2023-03-15T08:00:00+07:00', 'datetime')).toEqual({ year: 2023, month: 3, day: 15, time: '08:00', precision: 'datetime' });
    expect(readDate('2020-11-19T00:00:00+07:00', 'date')).toEqual({ year: 2020, month: 11, day: 19, time: null, precision: 'date' });
    expect(readDate('2022-07-01T00:00:00+07:00', 'month')).toEqual({ year: 2022, month: 7, day: null, time: null, precision: 'month' });
    expect(readDate('2022-07-01T00:00:00+07:00', 'none')).toBeNull();
    expect(readDate(null)).toBeNull();
  });

  it('infers the precision of a plain date or month and never shifts the time zone', () => {
    expect(readDate('2019-12-02')).toMatchObject({ day: 2, precision: 'date' });
    expect(readDate('2019-12')).toMatchObject({ month: 12, day: null, precision: 'month' });
    expect(readDate('2021-04-02T23:30:00+07:00')).toMatchObject({ day: 2, time: '23:30' });
  });
});

describe('isoDate, yearKey, monthKey', () => {
  it('write no more than is known', () => {
    const at = (publishedAt: string, datePrecision: 'datetime' | 'date' | 'month') => isoDate(publishedDate({ publishedAt, datePrecision })!);
    expect(at('2023-03-15T08:00:00+07:00', 'datetime')).toBe('2023-03-15T08:00:00+07:00');
    expect(at('2020-11-19T00:00:00+07:00', 'date')).toBe('2020-11-19');
    expect(at('2022-07-01T00:00:00+07:00', 'month')).toBe('2022-07');
    const parts = readDate('2022-07-01')!;
    expect([yearKey(parts), monthKey(parts)]).toEqual(['2022', '07']);
  });
});

describe('dateInVietnam', () => {
  it('reads an instant on a Việt Nam clock, UTC+7, whatever the machine’s zone', () => {
    expect(dateInVietnam(new Date('2026-12-01T20:30:00Z'))).toEqual({ year: 2026, month: 12, day: 2, time: '03:30', precision: 'datetime' });
  });
});
