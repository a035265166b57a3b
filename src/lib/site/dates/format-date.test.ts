import { describe, expect, it } from 'vitest';
import { readDate } from './date-parts.ts';
import { formatLongDate, formatMeetingDate, formatShortDate, UNKNOWN_DATE } from './format-date.ts';

describe('formatLongDate and formatShortDate', () => {
  it.each([
    ['2023-03-15T08:00:00+07:00', 'datetime', 'Thứ Tư, 15/3/2023, 08:00', '15/3/2023'],
    ['2022-07-20T17:49:00+07:00', 'datetime', 'Thứ Tư, 20/7/2022, 17:49', '20/7/2022'],
    ['2023-01-01T00:30:00+07:00', 'datetime', 'Chủ Nhật, 1/1/2023, 00:30', '1/1/2023'],
    ['2020-11-19T00:00:00+07:00', 'date', 'Thứ Năm, 19/11/2020', '19/11/2020'],
    ['2022-07-01T00:00:00+07:00', 'month', 'Tháng 7/2022', 'Tháng 7/2022'],
    [null, 'none', UNKNOWN_DATE, UNKNOWN_DATE],
  ] as const)('%s (%s) → %s, %s', (iso, precision, long, short) => {
    expect(formatLongDate(readDate(iso, precision))).toBe(long);
    expect(formatShortDate(readDate(iso, precision))).toBe(short);
  });

  it('reads a date without a time, or a month, as given', () => {
    expect(formatShortDate(readDate('2019-12-02'))).toBe('2/12/2019');
    expect(formatLongDate(readDate('2021-04-02'))).toBe('Thứ Sáu, 2/4/2021');
    expect(formatShortDate(readDate('2021-04'))).toBe('Tháng 4/2021');
  });
});

describe('formatMeetingDate', () => {
  it('opens with the part of the day, then the weekday and the date', () => {
    expect(formatMeetingDate('2021-12-14', 'chiều')).toBe('Chiều Thứ Ba, 14/12/2021');
    expect(formatMeetingDate('2021-04-02', null)).toBe('Thứ Sáu, 2/4/2021');
    expect(formatMeetingDate(null, 'sáng')).toBe(UNKNOWN_DATE);
  });
});
