import { isDeepStrictEqual } from 'node:util';
import type { Report } from '../../schemas/article.ts';
import { HEADLINE_WARNING } from '../parse/header.ts';
import { isoDate, publishedDate } from '../site/dates/date-parts.ts';
import type { HandCheckedPage } from './hand-checked.ts';

/** What the parser made of one page: a record, or the reason it rejected the page. */
export type Outcome = { report: Report } | { error: string };

export interface Scored {
  name: string;
  outcome: Outcome;
  expected: HandCheckedPage;
}

const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
const printed = (outcome: Outcome) => ('report' in outcome ? publishedDate(outcome.report) : null);

/** The publication date as the person reads it: the day ("2020-03-02"), or the month when that is all the report printed. */
function printedDate(outcome: Outcome): string | null {
  const parts = printed(outcome);
  return parts && isoDate({ ...parts, time: null });
}

const printedTime = (outcome: Outcome) => printed(outcome)?.time ?? null;

/**
 * A headline is right when it is exact after whitespace is folded. Where the page has
 * none, the right outcome is a rejection or an article that says its headline is a
 * guess, never a silent one.
 */
function titleOutcome({ outcome, expected }: Scored): { got: unknown; want: unknown; ok: boolean } {
  if ('error' in outcome) return { got: `rejected: ${outcome.error}`, want: expected.title, ok: expected.title === null };
  const { title, warnings } = outcome.report;
  if (expected.title === null) {
    const warned = warnings.some((warning) => warning.startsWith(HEADLINE_WARNING));
    return { got: warned ? `${title} (warned)` : title, want: null, ok: warned };
  }
  return { got: title, want: expected.title, ok: spaces(title) === spaces(expected.title) };
}

/** One comparison per scored field: what the parser gave, what the person read. */
const compare = (got: unknown, want: unknown) => ({ got, want, ok: isDeepStrictEqual(got, want) });
const report = (outcome: Outcome) => ('report' in outcome ? outcome.report : null);

export const SCORED_FIELDS = {
  title: titleOutcome,
  date: ({ outcome, expected }: Scored) => compare(printedDate(outcome), expected.date),
  time: ({ outcome, expected }: Scored) => compare(printedTime(outcome), expected.time),
  views: ({ outcome, expected }: Scored) => compare(report(outcome)?.views ?? null, expected.views),
  category: ({ outcome, expected }: Scored) => compare(report(outcome)?.category ?? null, expected.category),
  byline: ({ outcome, expected }: Scored) =>
    compare({ authors: report(outcome)?.authors ?? [], unit: report(outcome)?.unit ?? null }, { authors: expected.authors, unit: expected.unit }),
} as const;

export type ScoredField = keyof typeof SCORED_FIELDS;

export interface Miss {
  name: string;
  field: ScoredField;
  got: unknown;
  want: unknown;
}

export interface PageScore {
  count: number;
  /** Share of pages whose field is right, 0 to 1 (0 for an empty set, so a lost folder cannot pass). */
  accuracy: Record<ScoredField, number>;
  misses: Miss[];
  /** Pages given a publication date they do not print. */
  inventedDates: string[];
}

/** Scores parsed pages against hand-checked ones, field by field: exact or wrong. */
export function scorePages(pages: Scored[]): PageScore {
  const fields = Object.keys(SCORED_FIELDS) as ScoredField[];
  const misses: Miss[] = [];
  for (const page of pages) {
    for (const field of fields) {
      const { got, want, ok } = SCORED_FIELDS[field](page);
      if (!ok) misses.push({ name: page.name, field, got, want });
    }
  }
  const accuracy = Object.fromEntries(
    fields.map((field) => [field, pages.length === 0 ? 0 : 1 - misses.filter((miss) => miss.field === field).length / pages.length]),
  ) as Record<ScoredField, number>;
  const inventedDates = pages.filter((page) => page.expected.date === null && printedDate(page.outcome) !== null).map((page) => page.name);
  return { count: pages.length, accuracy, misses, inventedDates };
}
