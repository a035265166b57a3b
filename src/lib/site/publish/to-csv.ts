type Cell = string | number | null;

const quote = (cell: Cell) => {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted only when they must be.
 * It opens with a UTF-8 byte-order mark, without which spreadsheet programs read
 * Vietnamese as mojibake. Null is an empty field.
 */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
