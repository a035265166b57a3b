import { queryTerms } from './find-matches.ts';
import { toQueryForm } from './index-form.ts';

/** A document number as typed, spaces allowed around its separators: "20-NQ/TU", "04 - CTr / HU", "245/2020/NQ-HĐND". */
const DOCUMENT_NUMBER = /(?<![\p{L}\d"])\d+(?:\s*[-/]\s*[\p{L}\d]+)+(?![\p{L}\d"])/gu;
const QUOTED = /["“]([^"“”]+)["”]/g;

/** What the search page does with a reader's query. */
export interface QueryPlan {
  /** What Pagefind is sent: every word, no quotes (so never Pagefind's slow exact mode), in the index form. */
  pagefind: string;
  /** The query as a phrase (quotes dropped, document numbers closed up): results with it come first. */
  phrase: string;
  /** How many words Pagefind sees in it: a run of that many matched positions is a candidate phrase. */
  length: number;
  /** Phrases every result must contain: the quoted parts and the document numbers, as typed. */
  required: string[];
}

/**
 * Reads a query: NFC with single spaces; document numbers closed up (Pagefind indexes
 * "20-NQ/TU" as one word, and finds its parts anywhere otherwise) and, like quoted
 * parts, required as written; `đ` in the index form for Pagefind.
 */
export function planQuery(query: string): QueryPlan {
  const tidy = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  const required: string[] = [];
  const closed = tidy.replace(DOCUMENT_NUMBER, (number) => {
    const written = number.replace(/\s+/g, '');
    required.push(written);
    return written;
  });
  for (const [, quoted] of closed.matchAll(QUOTED)) if (quoted!.trim() && !required.includes(quoted!.trim())) required.push(quoted!.trim());
  const phrase = closed.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
  return { pagefind: toQueryForm(phrase), phrase, length: queryTerms(phrase).length, required };
}
