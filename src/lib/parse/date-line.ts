import type { DatePrecision } from '../../schemas/article.ts';
import { DATE_LINE_LABELS, TIMEZONE_NOTE, VIEW_COUNT_LABEL } from '../vietnamese/patterns.ts';

export interface DateLine {
  /** ISO 8601 in Asia/Ho_Chi_Minh (+07:00), or null when the line only carries a view count. */
  publishedAt: string | null;
  precision: DatePrecision;
  views: number | null;
}

const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const DMY_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const MONTH_YEAR = /(?:tháng\s*)?(?<!\d)(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})(?!\d)/i;
const TIME = /(?<!\d)(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?(?!\d)/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1945 && year <= 2100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Reads a header line that carries only a publication date, time and/or view count
 * ("Publish date 20/07/2022 | 17:49 | View count: 555", "10:34 15/12/2021",
 * "THỨ BA, 25/02/2020 08:51:00", "Cập nhật lúc 17:33, Thứ Năm, 27/04/2017 (GMT+7)").
 * Returns null for any line with other words in it, so a body sentence that
 * mentions a date ("Ngày 04/5, …") is never taken for the publication date.
 */
export function parseDateLine(line: string): DateLine | null {
  let rest = line.replace(TIMEZONE_NOTE, ' ');

  let views: number | null = null;
  const viewMatch = VIEW_COUNT_LABEL.exec(rest);
  if (viewMatch) {
    views = Number(viewMatch[1]!.replace(/[.,]/g, ''));
    rest = rest.replace(viewMatch[0], ' ');
  }

  let year = 0;
  let month = 0;
  let day = 1;
  let precision: DatePrecision = 'none';
  const iso = ISO_DATE.exec(rest);
  const dmy = iso ? null : DMY_DATE.exec(rest);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    rest = rest.replace(iso[0], ' ');
    precision = 'date';
  } else if (dmy) {
    [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    rest = rest.replace(dmy[0], ' ');
    precision = 'date';
  }

  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  const time = precision === 'date' ? TIME.exec(rest) : null;
  if (time) {
    [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    rest = rest.replace(time[0], ' ');
    precision = 'datetime';
  }

  if (precision === 'none') {
    const monthYear = MONTH_YEAR.exec(rest);
    if (monthYear) {
      [month, year] = [Number(monthYear[1]), Number(monthYear[2])];
      rest = rest.replace(monthYear[0], ' ');
      precision = 'month';
    }
  }

  for (const label of DATE_LINE_LABELS) rest = rest.replace(label, ' ');
  if (rest.trim() !== '') return null;
  if (precision === 'none') return views === null ? null : { publishedAt: null, precision, views };
  if (!isRealDate(year, month, day)) return null;

  const publishedAt = `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}+07:00`;
  return { publishedAt, precision, views };
}
