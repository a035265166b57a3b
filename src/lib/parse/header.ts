import { foldDiacritics } from '../vietnamese/fold-diacritics.ts';
import {
  AGENCY_TAG,
  BREADCRUMB_SEPARATOR,
  CATEGORY_LABEL_LINES,
  CATEGORY_UNDER_TITLE,
  HEADER_CHROME_LINES,
  HEADER_WINDOW,
  HEADLINE_EVIDENCE,
  LEAD_OPENERS,
  MASTHEAD_LINE,
  MAX_CATEGORY_WORDS,
  MAX_LEAD_TITLE_WORDS,
  MAX_TITLE_WORDS,
  MIN_PARAGRAPH_WORDS,
  TRAILING_TITLE,
  WEEKDAY,
} from '../vietnamese/patterns.ts';
import { isPersonName, parseByline } from './byline.ts';
import { parseDateLine, type DateLine, type DateLineReading } from './date-line.ts';
import { ReportError } from './report-error.ts';
import { wordCount } from './word-count.ts';

export interface Header {
  category: string | null;
  title: string;
  date: DateLine;
  /** People the date line names ("L.Phương - 10:51, 08/09/2022"), for a report with no closing byline. */
  dateLineAuthors: string[];
  /** The article's lines without its header, in reading order. */
  body: string[];
  warnings: string[];
}

/** Every warning about the headline starts so, for the ingest report and the evaluation. */
export const HEADLINE_WARNING = 'headline uncertain:';

type Line =
  | { kind: 'chrome'; text: string }
  | { kind: 'date'; text: string; date: DateLineReading }
  | { kind: 'category'; text: string; category: string }
  | { kind: 'text'; text: string };

const NO_DATE: DateLine = { publishedAt: null, precision: 'none', views: null };
const ENDS_SENTENCE = /[.!?…]$/;
const SENTENCE_INSIDE = /[.!?…]\s*\p{Lu}/u;
const VIETNAMESE_LETTER = /[^\p{ASCII}]/u;
const LETTER = /\p{L}/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
const SYLLABLE = /[\p{L}\p{M}\p{N}’']+/gu;
/** "Tiêu đề - Cổng thông tin …": a headline followed by the site's name. */
const withSuffix = (line: string, headline: string) =>
  line.length > headline.length + 2 && line.startsWith(headline) && /^\s*[-|–—:]\s*\S/.test(line.slice(headline.length));
/** How much of the text after a candidate is read for the words it shares, in characters: about a lead's first sentences. */
const CONTEXT_CHARS = 300;

function classify(text: string): Line {
  if (HEADER_CHROME_LINES.some((pattern) => pattern.test(text)) || MASTHEAD_LINE.test(text)) return { kind: 'chrome', text };
  const date = parseDateLine(text);
  // A long-form date with a weekday or a place before it, and no publication label, is a
  // header clock ("Thứ hai, ngày 24 tháng 02 năm 2025") or a print header ("Hải Phòng, ngày …").
  const clock = date && date.longForm && !date.labelled && (date.before !== null || new RegExp(WEEKDAY.source, 'i').test(text));
  if (date) return clock ? { kind: 'chrome', text } : { kind: 'date', text, date };
  for (const pattern of CATEGORY_LABEL_LINES) {
    const match = pattern.exec(text);
    if (!match) continue;
    // A breadcrumb with no words after "Trang chủ" names no section; it is still chrome.
    const crumbs = match[1]!.split(BREADCRUMB_SEPARATOR).filter((crumb) => LETTER.test(crumb));
    return crumbs.length > 0 ? { kind: 'category', text, category: crumbs.at(-1)!.trim() } : { kind: 'chrome', text };
  }
  return { kind: 'text', text };
}

/** The first paragraph of a report: it opens like a lead, or is too long or too many sentences for a headline. */
function isParagraph(text: string): boolean {
  const opensLead = (line: string) => LEAD_OPENERS.some((pattern) => pattern.test(line));
  const tag = AGENCY_TAG.exec(text);
  if (opensLead(text) || (tag && opensLead(text.slice(tag[0].length)))) return true;
  const count = wordCount(text);
  return count > MAX_TITLE_WORDS || (ENDS_SENTENCE.test(text) && (count >= MIN_PARAGRAPH_WORDS || SENTENCE_INSIDE.test(text.slice(0, -1))));
}

/** A line's syllables without diacritics, so that tone placement ("uỷ"/"ủy") cannot tell two spellings apart. */
const syllables = (text: string) => new Set(foldDiacritics(text.toLowerCase()).match(SYLLABLE) ?? []);

/**
 * Share of the line's distinct syllables that the context repeats; a line of few
 * syllables counts for less, since it matches by chance.
 */
function sharedWords(own: Set<string>, context: Set<string>[]): number {
  if (own.size === 0) return 0;
  const shared = [...own].filter((syllable) => context.some((other) => other.has(syllable))).length / own.size;
  return shared * Math.min(1, own.size / HEADLINE_EVIDENCE.fullWeightSyllables);
}

/**
 * The syllables of the text after line `at`, about as long as a lead, read past the
 * window if need be: what a headline's lead repeats. Chrome and meta lines, and
 * repeats of the line, are left out.
 */
function followingSyllables(page: Page, at: number): Set<string>[] {
  const taken: Set<string>[] = [];
  let length = 0;
  for (let index = at + 1; index < page.all.length && length < CONTEXT_CHARS; index += 1) {
    const text = page.all[index]!;
    if (text === page.all[at] || (page.lines[index] && page.lines[index]!.kind !== 'text')) continue;
    taken.push(page.syllables(index));
    length += text.length;
  }
  return taken;
}

/** The nearest line above or below `at` that is not letterless chrome (a stray "." or "•" between them). */
function neighbour(lines: Line[], at: number, step: 1 | -1): number {
  let index = at + step;
  while (lines[index]?.kind === 'chrome' && !LETTER.test(lines[index]!.text)) index += step;
  return index;
}

/** The run of date lines that starts at `from` going `step`: a date line and its view-count line. */
function dateRun(lines: Line[], from: number, step: 1 | -1): number[] {
  const run: number[] = [];
  for (let index = from; lines[index]?.kind === 'date'; index = neighbour(lines, index, step)) run.push(index);
  return step === 1 ? run : run.reverse();
}

/** The page's lines, those of the window classified, and each line's syllables read once. */
interface Page {
  all: string[];
  lines: Line[];
  syllables: (index: number) => Set<string>;
}

function scoreHeadline(page: Page, at: number, first: boolean): number {
  const { lines } = page;
  const { text } = lines[at]!;
  const evidence = HEADLINE_EVIDENCE;
  let score = evidence.sharedWithLead * sharedWords(page.syllables(at), followingSyllables(page, at)) + evidence.perLineDown * at;
  if (lines[neighbour(lines, at, -1)]?.kind === 'date' || lines[neighbour(lines, at, 1)]?.kind === 'date') score += evidence.besideDateLine;
  if (first) score += evidence.firstCandidate;
  if (/\.$/.test(text)) score += evidence.closingStop;
  if (LETTER.test(text) && !VIETNAMESE_LETTER.test(text)) score += evidence.noVietnameseLetter;
  if (UPPER_CASE_LETTER.test(text) && text === text.toUpperCase() && wordCount(text) <= MAX_CATEGORY_WORDS) score += evidence.shortUpperCase;
  return score;
}

const isCategoryShaped = (text: string) => wordCount(text) <= MAX_CATEGORY_WORDS && !/[.!?:;…]$/.test(text);

/** Merges a run of date lines: the first printed date, any view count, the words before the date. */
function mergeDates(run: DateLineReading[]): DateLineReading | null {
  const dated = run.find((date) => date.publishedAt !== null);
  const views = run.find((date) => date.views !== null)?.views ?? null;
  if (!dated && views === null) return null;
  return { ...(dated ?? run[0]!), views };
}

/**
 * A page that prints no headline before its first paragraph: the headline may close the
 * text (some sites print it after the body); otherwise the lead's first sentence stands
 * in for it, with a warning. A page with nothing but chrome is rejected.
 */
function untitledHeader(lines: Line[], all: string[]): Header {
  const start = all.findIndex((text, index) => (lines[index] ?? classify(text)).kind === 'text');
  if (start === -1) throw new ReportError('no article text: the page holds only site chrome (menus, header clock, counters)');
  const bodyLines = all.slice(start);
  const lead = bodyLines[0]!;
  const last = bodyLines.at(-1)!;
  const closesWithHeadline =
    bodyLines.length > 1 &&
    wordCount(last) >= TRAILING_TITLE.minWords &&
    wordCount(last) <= MAX_TITLE_WORDS &&
    !/[.!?:;…]$/.test(last) &&
    parseByline(last) === null &&
    sharedWords(syllables(last), [syllables(lead)]) >= TRAILING_TITLE.minOverlap;
  if (closesWithHeadline) {
    return { category: null, title: last, date: NO_DATE, dateLineAuthors: [], body: bodyLines.slice(0, -1), warnings: ['the headline is printed after the body', 'no publication date line found in the header'] };
  }
  const sentence = lead.split(/(?<=[.!?…])\s*(?=\p{Lu})/u)[0]!;
  const title = sentence.split(' ').slice(0, MAX_LEAD_TITLE_WORDS).join(' ');
  return {
    category: null,
    title,
    date: NO_DATE,
    dateLineAuthors: [],
    body: bodyLines,
    warnings: [`${HEADLINE_WARNING} the page prints no headline before its first paragraph; the title is the lead's first words`, 'no publication date line found in the header'],
  };
}

/**
 * Stage 4: the headline, its date line and the section label, found by evidence rather
 * than position. Real pages put skip links, mastheads, clocks, counters and menus above
 * the headline and the date line above, below or beside it, or nowhere; so every line
 * near the top is classified (chrome, date line, labelled section, text), the text lines
 * before the first paragraph are scored as headlines (a date line beside them, words
 * they share with the text that follows, their shape), and the best one is taken. A
 * date line counts only beside the headline, so a header clock or a date in the lead is
 * never the publication date.
 */
export function parseHeader(all: string[]): Header {
  if (all.length === 0) throw new ReportError('no article text: the file is empty');
  // The window opens at the first line that is not chrome, so a long menu does not push the headline out of it.
  const lines: Line[] = [];
  let windowEnd = HEADER_WINDOW;
  for (let index = 0; index < Math.min(all.length, windowEnd); index += 1) {
    lines.push(classify(all[index]!));
    if (lines[index]!.kind === 'chrome') windowEnd += 1;
  }
  const firstParagraph = lines.findIndex((line) => line.kind === 'text' && isParagraph(line.text));
  const headerEnd = firstParagraph === -1 ? lines.length : firstParagraph;
  const texts = lines.flatMap((line, index) => (index < headerEnd && line.kind === 'text' && !/:$/.test(line.text) ? [index] : []));
  // The page's <title> printed above the headline ("Tiêu đề - Cổng thông tin …") is the headline plus the site's name.
  const withSiteName = (at: number) => texts.some((other) => other !== at && withSuffix(lines[at]!.text, lines[other]!.text));
  const candidates = texts.filter((at) => !withSiteName(at));
  if (candidates.length === 0) return untitledHeader(lines, all);

  const cache = new Map<number, Set<string>>();
  const page: Page = {
    all,
    lines,
    syllables: (index) => cache.get(index) ?? cache.set(index, syllables(all[index]!.slice(0, CONTEXT_CHARS))).get(index)!,
  };
  const scored = candidates.map((at, rank) => ({ at, score: scoreHeadline(page, at, rank === 0) }));
  const best = scored.reduce((top, next) => (next.score > top.score ? next : top));
  const titleAt = best.at;
  const title = lines[titleAt]!.text;
  const warnings: string[] = [];
  if (best.score < HEADLINE_EVIDENCE.accept) warnings.push(`${HEADLINE_WARNING} "${title}" is the likeliest headline, but little confirms it`);

  // The date line: below the headline first, then above it.
  const below = dateRun(lines, neighbour(lines, titleAt, 1), 1);
  const above = below.length > 0 ? [] : dateRun(lines, neighbour(lines, titleAt, -1), -1);
  const dateAt = below.length > 0 ? below : above;
  const reading = mergeDates(dateAt.map((index) => (lines[index] as Extract<Line, { kind: 'date' }>).date));
  const date: DateLine = reading ? { publishedAt: reading.publishedAt, precision: reading.precision, views: reading.views } : NO_DATE;
  if (!reading?.publishedAt) warnings.push('no publication date line found in the header');

  let category: string | null = null;
  const dateLineAuthors: string[] = [];
  if (reading?.before) {
    if (isPersonName(reading.before) && /\s[-–—]\s/.test(lines[dateAt[0]!]!.text)) dateLineAuthors.push(reading.before);
    else category = reading.before;
  }
  if (reading?.author && isPersonName(reading.author)) dateLineAuthors.push(reading.author);
  const labelled = lines.slice(0, headerEnd).find((line) => line.kind === 'category');
  if (category === null && labelled?.kind === 'category') category = labelled.category;
  const lineAbove = lines[titleAt - 1];
  if (category === null && lineAbove?.kind === 'text' && !dateAt.includes(titleAt - 1) && isCategoryShaped(lineAbove.text)) category = lineAbove.text;

  // The header runs on below the headline through its date line, a repeated headline,
  // a section label and chrome; the body starts after them.
  let bodyStart = titleAt + 1;
  for (let line = lines[bodyStart]; line; line = lines[bodyStart]) {
    const underTitle = line.kind === 'text' && category === null && CATEGORY_UNDER_TITLE.test(line.text) && isCategoryShaped(line.text);
    if (underTitle) category = line.text;
    if (!(line.kind !== 'text' || line.text === title || underTitle)) break;
    bodyStart += 1;
  }

  for (const [index, line] of lines.slice(0, titleAt).entries()) {
    if (line.kind === 'text' && line.text !== category) warnings.push(`unrecognised header line kept out of the article: "${line.text}"`);
    if (line.kind === 'date' && !dateAt.includes(index)) warnings.push(`a date line away from the headline was not taken as the publication date: "${line.text}"`);
  }
  return { category, title, date, dateLineAuthors, body: all.slice(bodyStart), warnings };
}
