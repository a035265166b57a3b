import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date.ts';

describe('calendarDate', () => {
  it('formats real days and refuses impossible ones', () => {
    expect(calendarDate(2021, 4, 1)).toBe('2021-04-01');
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDate(2023, 2, 29)).toBeNull();
    expect(calendarDate(2023, 13, 1)).toBeNull();
  });
});
