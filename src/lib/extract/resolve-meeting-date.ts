import { calendarDate } from './calendar-date.ts';

/**
 * The day a meeting was held, from a date in the lead. A date printed without a year
 * ("Chiều 19/7") takes the publication's year, or the year before when that would put
 * the meeting after its own report. Without a year or a publication date, null.
 */
export function resolveMeetingDate(day: number, month: number, year: number | null, publishedAt: string | null): string | null {
  if (year !== null) return calendarDate(year, month, day);
  if (!publishedAt) return null;
  const published = publishedAt.slice(0, 10);
  const sameYear = calendarDate(Number(published.slice(0, 4)), month, day);
  if (sameYear !== null && sameYear <= published) return sameYear;
  return calendarDate(Number(published.slice(0, 4)) - 1, month, day);
}
