/** Words of a normalised line (single spaces), counted without splitting it: this runs on every line near the top of every report. */
export function wordCount(text: string): number {
  let count = 1;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) count += 1;
  return count;
}
