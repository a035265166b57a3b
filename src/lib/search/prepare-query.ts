import { toIndexForm } from './index-form.ts';

/** A document number as typed, spaces allowed around its separators: "20-NQ/TU", "04 - CTr / HU", "245/2020/NQ-HĐND". */
const DOCUMENT_NUMBER = /(?<![\p{L}\d"])\d+(?:\s*[-/]\s*[\p{L}\d]+)+(?![\p{L}\d"])/gu;

/**
 * What the search page sends to Pagefind for a reader's query: NFC with single spaces;
 * document numbers closed up and quoted, since Pagefind otherwise matches their parts
 * anywhere ("20-NQ/HU" would find "20-NQ/TU"); `đ` in the index form.
 */
export function prepareQuery(query: string): string {
  const tidy = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  const quoted = tidy.replace(DOCUMENT_NUMBER, (number) => `"${number.replace(/\s+/g, '')}"`);
  return toIndexForm(quoted);
}
