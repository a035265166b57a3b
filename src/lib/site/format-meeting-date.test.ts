import { describe, expect, it } from 'vitest';
import { formatMeetingDate } from './format-meeting-date.ts';

describe('formatMeetingDate', () => {
  it('names the weekday and the part of the day', () => {
    expect(formatMeetingDate({ date: '2022-07-19', partOfDay: 'chiều' })).toBe('buổi chiều, Thứ Ba, 19 tháng 7, 2022');
    expect(formatMeetingDate({ date: '2021-04-02', partOfDay: null })).toBe('Thứ Sáu, 2 tháng 4, 2021');
    expect(formatMeetingDate({ date: null, partOfDay: 'sáng' })).toBe('không rõ ngày');
  });
});
