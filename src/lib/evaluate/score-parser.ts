import { isDeepStrictEqual } from 'node:util';
import type { Report } from '../../schemas/article.ts';

/** The fields the evaluation scores, each as one comparable value per record. */
export const SCORED_FIELDS = {
  title: (report: Report) => report.title,
  publishedAt: (report: Report) => [report.publishedAt, report.datePrecision],
  byline: (report: Report) => [report.authors, report.unit],
  category: (report: Report) => report.category,
  officials: (report: Report) => report.officials,
  documents: (report: Report) => report.documents,
  meeting: (report: Report) => report.meeting,
} as const;

export type ScoredField = keyof typeof SCORED_FIELDS;

export interface Score {
  /** Share of records whose field matches the expected record exactly, 0 to 1. */
  accuracy: Record<ScoredField, number>;
  /** Mean of the field accuracies. */
  overall: number;
  /** Which record got which field wrong, to show the reader. */
  misses: { name: string; field: ScoredField }[];
}

/**
 * Scores parsed records against hand-checked expected ones, field by field, the way
 * an extraction benchmark does: exact match or nothing.
 */
export function scoreParser(pairs: { name: string; actual: Report; expected: Report }[]): Score {
  const fields = Object.keys(SCORED_FIELDS) as ScoredField[];
  const misses: Score['misses'] = [];
  for (const { name, actual, expected } of pairs) {
    for (const field of fields) {
      if (!isDeepStrictEqual(SCORED_FIELDS[field](actual), SCORED_FIELDS[field](expected))) misses.push({ name, field });
    }
  }
  const accuracy = Object.fromEntries(
    fields.map((field) => [
      field,
      pairs.length === 0 ? 0 : 1 - misses.filter((miss) => miss.field === field).length / pairs.length,
    ]),
  ) as Record<ScoredField, number>;
  const overall = fields.reduce((sum, field) => sum + accuracy[field], 0) / fields.length;
  return { accuracy, overall, misses };
}
