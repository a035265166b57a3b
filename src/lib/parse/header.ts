import { parseDateLine, type DateLine } from './date-line.ts';
import { ReportError } from './report-error.ts';

export interface Header {
  category: string | null;
  title: string;
  date: DateLine;
  /** Index of the first body line. */
  bodyStart: number;
  warnings: string[];
}

/** The date line sits among the first few lines, before or after the title. */
const DATE_WINDOW = 5;
const MAX_TITLE_WORDS = 60;
const MAX_CATEGORY_WORDS = 8;

const wordCount = (line: string) => line.split(' ').length;
const looksLikeCategory = (line: string) => wordCount(line) <= MAX_CATEGORY_WORDS && !/[.!?:;…]$/.test(line);
const looksLikeTitle = (line: string) => wordCount(line) <= MAX_TITLE_WORDS;
const NO_DATE: DateLine = { publishedAt: null, precision: 'none', views: null };

/** Merges consecutive meta lines ("10:34 15/12/2021" then "Lượt xem: 5547") from `from` on. */
function readMetaBlock(lines: string[], from: number): { date: DateLine; end: number } {
  let date = NO_DATE;
  let end = from;
  for (let parsed = parseDateLine(lines[end] ?? ''); parsed; parsed = parseDateLine(lines[end] ?? '')) {
    date = {
      publishedAt: date.publishedAt ?? parsed.publishedAt,
      precision: date.publishedAt ? date.precision : parsed.precision,
      views: date.views ?? parsed.views,
    };
    end += 1;
  }
  return { date, end };
}

/**
 * Stage 4: category line, title and date line, in any of the seeds' layouts —
 * category / title / date, title / date, date / title, or no date at all.
 */
export function parseHeader(lines: string[]): Header {
  const warnings: string[] = [];
  const dateAt = lines.slice(0, DATE_WINDOW).findIndex((line) => parseDateLine(line) !== null);

  let category: string | null = null;
  let titleAt: number;
  let date = NO_DATE;
  let bodyStart: number;

  if (dateAt === -1) {
    warnings.push('no publication date line found in the header');
    const categoryFirst = lines.length > 2 && looksLikeCategory(lines[0]!) && looksLikeTitle(lines[1]!) && lines[0] === lines[0]!.toUpperCase();
    titleAt = categoryFirst ? 1 : 0;
    if (categoryFirst) category = lines[0]!;
    bodyStart = titleAt + 1;
  } else {
    const meta = readMetaBlock(lines, dateAt);
    date = meta.date;
    if (dateAt === 0) {
      titleAt = meta.end;
      bodyStart = titleAt + 1;
    } else {
      titleAt = dateAt - 1;
      bodyStart = meta.end;
      const above = lines.slice(0, titleAt);
      const candidate = above.at(-1);
      if (candidate !== undefined && looksLikeCategory(candidate)) category = candidate;
      const unknown = category === null ? above : above.slice(0, -1);
      for (const line of unknown) warnings.push(`unrecognised header line kept out of the article: "${line}"`);
    }
  }

  const title = lines[titleAt];
  if (title === undefined) throw new ReportError('no recognisable title: the report has no text after its header');
  if (!looksLikeTitle(title)) {
    throw new ReportError(
      `no recognisable title: the first line is a ${wordCount(title)}-word paragraph, not a headline`,
    );
  }
  return { category, title, date, bodyStart, warnings };
}
