/**
 * A page's summary for the meta description, Open Graph and JSON-LD: the start of the
 * text, as long as search engines and link previews show. The report's whole lead is on
 * the page already; a third and fourth copy would only weigh it down.
 */
export function pageSummary(text: string): string {
  return text.slice(0, 300);
}
