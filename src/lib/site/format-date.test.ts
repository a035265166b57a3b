import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2022-07-20T17:49:00+07:00', 'datetime', 'Thứ Tư, 20 tháng 7, 2022, 17:49'],
    ['2021-12-15T10:34:00+07:00', 'datetime', 'Thứ Tư, 15 tháng 12, 2021, 10:34'],
    ['2020-05-05T09:00:00+07:00', 'datetime', 'Thứ Ba, 5 tháng 5, 2020, 09:00'],
    ['2020-11-19T00:00:00+07:00', 'date', 'Thứ Năm, 19 tháng 11, 2020'],
    ['2022-07-01T00:00:00+07:00', 'month', 'tháng 7, 2022'],
    ['2023-01-01T00:30:00+07:00', 'datetime', 'Chủ Nhật, 1 tháng 1, 2023, 00:30'],
    [null, 'none', 'không rõ ngày'],
  ] as const)('%s (%s) → %s', (iso, precision, expected) => {
    expect(formatDate(iso, precision)).toBe(expected);
  });
});
