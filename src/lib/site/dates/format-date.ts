import { vi } from '../ui/vi.ts';
import { readDate, weekday, type DateParts } from './date-parts.ts';

/** The one wording for a date the report did not give, wherever a date is shown. */
export const UNKNOWN_DATE = vi.unknownDate;

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Tháng 3/2023": a month of a year, as headings and month-only dates write it. */
export function formatMonth(year: number, month: number): string {
  return `Tháng ${month}/${year}`;
}

/** "15/3/2023" (no leading zeros, as Vietnamese news sites write it), or "Tháng 3/2023" when only the month is known. */
export function formatShortDate(parts: DateParts | null): string {
  if (!parts) return UNKNOWN_DATE;
  return parts.day === null ? formatMonth(parts.year, parts.month) : `${parts.day}/${parts.month}/${parts.year}`;
}

/** "Thứ Tư, 15/3/2023, 08:00" on an article, to the precision known: "Thứ Tư, 15/3/2023", "Tháng 3/2023". */
export function formatLongDate(parts: DateParts | null): string {
  if (!parts || parts.day === null) return formatShortDate(parts);
  const date = `${WEEKDAYS[weekday({ ...parts, day: parts.day })]}, ${formatShortDate(parts)}`;
  return parts.time ? `${date}, ${parts.time}` : date;
}

/** "Chiều Thứ Ba, 14/12/2021" from a meeting's date (yyyy-mm-dd) and part of the day. */
export function formatMeetingDate(date: string | null, partOfDay: string | null): string {
  const day = formatLongDate(readDate(date));
  if (!date || !partOfDay) return day;
  return `${partOfDay[0]!.toUpperCase()}${partOfDay.slice(1)} ${day}`;
}
