import { findMatches, findPhrases, queryTerms } from './find-matches.ts';
import type { QueryPlan } from './prepare-query.ts';

/**
 * Ranking by adjacency, in two steps. Pagefind returns, with every result and before
 * any of its text is loaded, the positions of the words it matched; a run of
 * consecutive positions as long as the query is where its words may stand together.
 * Those results come first. The results shown are then checked on their text, which
 * settles the order the positions cannot see (which word stands where, and the marks).
 */

/** Whether `positions` hold `length` consecutive word positions. */
export function hasRun(positions: number[], length: number): boolean {
  if (length <= 1) return positions.length > 0;
  let run = 1;
  for (let i = 1; i < positions.length; i += 1) {
    const step = positions[i]! - positions[i - 1]!;
    // Pagefind gives them in order, one per position (a search runs this on every result); anything else is put so first.
    if (step <= 0) return hasRun([...new Set(positions)].sort((a, b) => a - b), length);
    run = step === 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/**
 * Pagefind's results in the order to show them: those whose positions can hold the
 * whole query as a phrase first, then the rest, each in Pagefind's order; results that
 * cannot hold a required phrase (quoted, or a document number) are left out. With
 * `rank` off (the reader sorted by date), the order stays Pagefind's.
 */
export function orderByPositions<T extends { words: number[] }>(results: T[], plan: QueryPlan, { rank = true } = {}): T[] {
  const longestRequired = Math.max(0, ...plan.required.map((phrase) => queryTerms(phrase).length));
  const kept = longestRequired > 1 ? results.filter((result) => hasRun(result.words, longestRequired)) : results;
  if (plan.length <= 1 || !rank) return kept;
  const adjacent: T[] = [];
  const apart: T[] = [];
  for (const result of kept) (hasRun(result.words, plan.length) ? adjacent : apart).push(result);
  return [...adjacent, ...apart];
}

/**
 * How a result's text answers the query, best first: the query stands in it as a
 * phrase spelt as typed (tone marks and their placement), as a phrase marks aside, or
 * its words are all there but apart.
 */
export const FIT = { exact: 0, phrase: 1, words: 2 } as const;
export type Fit = (typeof FIT)[keyof typeof FIT];

/** How a text answers a query, or null when it lacks a required phrase (then it is not a result). */
export function textFit(text: string, plan: QueryPlan): Fit | null {
  if (plan.required.some((phrase) => findPhrases(text, phrase).length === 0)) return null;
  if (findPhrases(text, plan.phrase, { exact: true }).length > 0) return FIT.exact;
  return findPhrases(text, plan.phrase).length > 0 ? FIT.phrase : FIT.words;
}

/**
 * What to mark in a text for a query: the query as a phrase where it stands so, else
 * its required phrases, else each of its words. Stray syllables elsewhere are left
 * alone when the phrase is there to mark. `whole` is the document the text is part of
 * (an article's text node by node), which decides what kind of match is marked.
 */
export function markedRanges(text: string, plan: QueryPlan, whole = text): [number, number][] {
  if (findPhrases(whole, plan.phrase).length > 0) return findPhrases(text, plan.phrase);
  const required = (source: string) => plan.required.flatMap((part) => findPhrases(source, part)).sort((a, b) => a[0] - b[0]);
  if (required(whole).length > 0) return required(text);
  return findMatches(text, queryTerms(plan.phrase));
}
