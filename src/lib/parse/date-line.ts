import type { DatePrecision } from '../../schemas/article.ts';
import {
  DATE_LINE_AUTHOR,
  DATE_LINE_MARKS,
  DATE_LINE_WORDS,
  MAX_DATE_LINE_LENGTH,
  MAX_DATE_LINE_PREFIX_WORDS,
  PUBLICATION_LABELS,
  TIMEZONE_NOTE,
  VIEW_COUNTS,
} from '../vietnamese/patterns.ts';

export interface DateLine {
  /** ISO 8601 in Asia/Ho_Chi_Minh (+07:00), or null when the line only carries a view count. */
  publishedAt: string | null;
  precision: DatePrecision;
  views: number | null;
}

export interface DateLineReading extends DateLine {
  /** Words printed before the date: an author ("L.Phương - 10:51, …") or a section ("Xã hội 17-06-2022"). */
  before: string | null;
  /** An author the line names in a field of its own ("Tác giả: Hoàng Nam"). */
  author: string | null;
  /** The long form "ngày 24 tháng 02 năm 2025", which sites print in header clocks and print headers. */
  longForm: boolean;
  /** A publication label says what the date is ("Ngày đăng", "Cập nhật lúc", "Publish date"). */
  labelled: boolean;
}

const ISO_DATE_TIME = /(?<!\d)(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:T(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
const DMY_DATE = /(?<!\d)(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)/;
const LONG_DATE = /(?:ngày\s+)?(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?!\d)/i;
const MONTH_YEAR = /(?:tháng\s*)?(?<!\d)(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})(?!\d)/i;
/** NukeViet prints the time with the view and comment counts glued on ("22:584120" = 22:58, 412 views, 0 comments). */
const TIME_WITH_COUNTERS = /(?<![\d:])(\d{1,2}):([0-5]\d)(\d{1,3}(?:\.\d{3})+|\d+)(\d)(?!\d)/;
const TIME = /(?<![\d:])(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?(?:\s*(am|pm|sa|ch))?(?![\d:])/i;
/** What every date line has somewhere: a date or time, a month, or a view count's label; the cheap test runs first. */
const MAY_BE_DATE_LINE = /\d\s?[/.:h-]\s?\d|\d\s+tháng|lượt|view|xem|đọc/i;
/** Where the date or time of a line starts, to tell what is printed before it. */
const FIRST_DATE_OR_TIME = /(?<![\d:])(?:\d{1,2}(?::|h)\d{2}|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}\s+tháng\s+\d)/i;

const pad = (n: number) => String(n).padStart(2, '0');
const count = (text: string) => Number(text.replace(/[.,]/g, ''));

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1945 && year <= 2100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The wall-clock time in Vietnam of a time printed with another offset. */
function toVietnamTime(parts: number[], offset: string): number[] {
  const [year, month, day, hours, minutes, seconds] = parts as [number, number, number, number, number, number];
  const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const [offsetHours, offsetMinutes] = offset === 'Z' ? [0, 0] : [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  const local = new Date(utc + 7 * 3_600_000);
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
}

/** The text without its date-line words, and whether a publication label was among them. */
function withoutLabels(text: string): { text: string; labelled: boolean } {
  let rest = text;
  let labelled = false;
  for (const label of PUBLICATION_LABELS) {
    const before = rest;
    rest = rest.replace(label, ' ');
    labelled ||= rest !== before;
  }
  for (const word of DATE_LINE_WORDS) rest = rest.replace(word, ' ');
  return { text: rest, labelled };
}

/** Reads a line that is nothing but a date, a time, a view count and their labels. */
function readPureDateLine(line: string): Omit<DateLineReading, 'before'> | null {
  let rest = line.replace(TIMEZONE_NOTE, ' ');
  const take = (match: RegExpExecArray) => {
    rest = rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length);
  };

  const authorField = DATE_LINE_AUTHOR.exec(rest);
  if (authorField) take(authorField);
  const author = authorField?.[1] ?? null;

  let views: number | null = null;
  for (const pattern of VIEW_COUNTS) {
    const match = pattern.exec(rest);
    if (match) {
      views = count(match[1]!);
      take(match);
      break;
    }
  }

  let [year, month, day, hours, minutes, seconds] = [0, 0, 1, 0, 0, 0];
  let precision: DatePrecision = 'none';
  let longForm = false;
  let timePrinted = false;
  const iso = ISO_DATE_TIME.exec(rest);
  const dmy = iso ? null : DMY_DATE.exec(rest);
  const long = iso || dmy ? null : LONG_DATE.exec(rest);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
    if (iso[5] !== undefined) {
      [hours, minutes, seconds] = [Number(iso[5]), Number(iso[6]), Number(iso[7] ?? 0)];
      if (iso[8]) [year, month, day, hours, minutes, seconds] = toVietnamTime([year, month, day, hours, minutes, seconds], iso[8]);
      timePrinted = true;
    }
    take(iso);
  } else if (dmy) {
    [day, month, year] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
    take(dmy);
  } else if (long) {
    [day, month, year] = [Number(long[1]), Number(long[2]), Number(long[3])];
    longForm = true;
    take(long);
  }
  if (iso || dmy || long) precision = 'date';

  if (precision === 'date' && !timePrinted) {
    const glued = TIME_WITH_COUNTERS.exec(rest);
    const time = glued ?? TIME.exec(rest);
    if (time) {
      [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), glued ? 0 : Number(time[3] ?? 0)];
      const meridiem = glued ? undefined : time[4]?.toLowerCase();
      if (meridiem === 'pm' || meridiem === 'ch') hours = hours === 12 ? 12 : hours + 12;
      if ((meridiem === 'am' || meridiem === 'sa') && hours === 12) hours = 0;
      if (glued) views ??= count(glued[3]!);
      take(time);
      timePrinted = true;
    }
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  if (timePrinted) precision = 'datetime';

  if (precision === 'none') {
    const monthYear = MONTH_YEAR.exec(rest);
    if (monthYear) {
      [month, year] = [Number(monthYear[1]), Number(monthYear[2])];
      take(monthYear);
      precision = 'month';
    }
  }

  const labels = withoutLabels(rest);
  if (labels.text.replace(DATE_LINE_MARKS, ' ').trim() !== '') return null;
  const { labelled } = labels;
  if (precision === 'none') return views === null ? null : { publishedAt: null, precision, views, longForm, labelled, author };
  if (!isRealDate(year, month, day)) return null;

  const publishedAt = `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}+07:00`;
  return { publishedAt, precision, views, longForm, labelled, author };
}

/**
 * Reads a header line that carries a publication date, time and/or view count, in the
 * shapes these sites print ("Publish date 20/07/2022 | 17:49 | View count: 555",
 * "Thứ 4, 22.07.2020 | 08:13:00", "Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27",
 * "Cập nhật lúc 17:33, Thứ Năm, 27/04/2017 (GMT+7)", "235 Lượt xem"), with at most a few
 * words before the date ("Xã hội 17-06-2022", "L.Phương - 10:51, 08/09/2022"). Returns
 * null for any other line, so a sentence that mentions a date ("Ngày 04/5, …") is never
 * taken for a date line.
 */
export function parseDateLine(line: string): DateLineReading | null {
  if (line.length > MAX_DATE_LINE_LENGTH || !MAY_BE_DATE_LINE.test(line)) return null;
  const start = FIRST_DATE_OR_TIME.exec(line);
  const head = start ? line.slice(0, start.index) : '';
  const pure = readPureDateLine(line);
  if (pure) {
    return { ...pure, before: null };
  }
  if (!start || head === '') return null;
  const { text, labelled } = withoutLabels(head);
  // The lookbehind starts the trailing run at its first mark only, so a line of thousands of them is read once, not once per mark.
  const words = text.replace(/\s+/g, ' ').replace(/(?<![\s|:,–—-])[\s|:,–—-]+$/, '').trim();
  if (/\d/.test(words) || words.split(' ').length > MAX_DATE_LINE_PREFIX_WORDS) return null;
  const rest = readPureDateLine(line.slice(start.index));
  if (!rest || rest.publishedAt === null) return null;
  return { ...rest, labelled: rest.labelled || labelled, before: words };
}
