/** Characters that print as a space on these sites: NBSP, the Unicode spaces, ideographic space. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Invisible characters that only get in the way of matching (zero-width, soft hyphen, BOM). */
const INVISIBLES = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;
/** C0 control characters other than the newline. */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

/**
 * Stage 2: one canonical form for the text — NFC, LF line ends, every kind of space
 * as one plain space, no indentation or trailing space. Words are never touched.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}
