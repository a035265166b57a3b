type Cell = string | number | null;

/** What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const quote = (cell: Cell) => {
  const text = cell === null ? '' : String(cell);
  // OWASP: a text cell that would start a formula gets a leading apostrophe and is
  // quoted, so a scraped "=HYPERLINK(…)" title shows as text and never runs.
  if (typeof cell === 'string' && FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted only when they must be.
 * It opens with a UTF-8 byte-order mark, without which spreadsheet programs read
 * Vietnamese as mojibake. Null is an empty field. Text cells that a spreadsheet would
 * run as a formula are neutralised; the open-data JSON keeps the text as written.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
