import type { Article, DatePrecision } from '../../../schemas/article.ts';

/**
 * A date as the report gave it, read once from the record: every page, feed and data
 * file takes its year, month, day and time from here, never from the ISO string.
 */
export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31, or null when only the month is known. */
  day: number | null;
  /** "08:00" in Asia/Ho_Chi_Minh as printed, or null when the report gave no time. */
  time: string | null;
  /** How much of the date is known; never "none" (no date is `null`). */
  precision: Exclude<DatePrecision, 'none'>;
}

/** "2023-03-15T08:00:00+07:00", "2023-03-15" or "2023-03": the forms the records and `isoDate` write. */
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?/;

/**
 * The parts of an ISO date, date-time or month, cut to `precision` when given (a stored
 * publication time of 00:00 with precision "date" is no time at all). The fields are
 * read as written: stored times are already +07:00, so no time-zone shift applies.
 */
export function readDate(iso: string | null, precision?: DatePrecision): DateParts | null {
  if (!iso || precision === 'none') return null;
  const match = ISO.exec(iso);
  if (!match) return null;
  const [, year, month, day, time] = match;
  const given: DateParts['precision'] = time ? 'datetime' : day ? 'date' : 'month';
  const kept = precision && RANK[precision] < RANK[given] ? precision : given;
  return {
    year: Number(year),
    month: Number(month),
    day: kept === 'month' ? null : Number(day),
    time: kept === 'datetime' ? time! : null,
    precision: kept,
  };
}

const RANK: Record<DateParts['precision'], number> = { month: 0, date: 1, datetime: 2 };

/** An article's publication date, to the precision the report printed. */
export function publishedDate(article: Pick<Article, 'publishedAt' | 'datePrecision'>): DateParts | null {
  return readDate(article.publishedAt, article.datePrecision);
}

const two = (n: number) => String(n).padStart(2, '0');

/** The year as listings' URLs and the year facet name it: "2023". */
export const yearKey = (parts: DateParts) => String(parts.year);

/** The month as listings' URLs name it: "03". */
export const monthKey = (parts: DateParts) => two(parts.month);

/**
 * The date in ISO 8601 to its known precision, for machines (`<time datetime>`, JSON-LD,
 * open data): "2023-03-15T08:00:00+07:00", "2023-03-15" or "2023-03" — never a time or a
 * day the report did not print.
 */
export function isoDate(parts: DateParts): string {
  const month = `${parts.year}-${two(parts.month)}`;
  if (parts.day === null) return month;
  const day = `${month}-${two(parts.day)}`;
  return parts.time ? `${day}T${parts.time}:00+07:00` : day;
}

/** Weekday 0 (Sunday) to 6 of a date with a day. */
export function weekday(parts: DateParts & { day: number }): number {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
}

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET = 7 * 60 * 60 * 1000;

/** The parts of an instant as a clock in Việt Nam shows it: when the site was built, for one. */
export function dateInVietnam(instant: Date): DateParts {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
    precision: 'datetime',
  };
}
