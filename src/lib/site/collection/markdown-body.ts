/** A leading front matter block, as Astro's Markdown loader finds it. */
const FRONT_MATTER = /^(?:\uFEFF|\s*\n)?---[\s\S]*?\n---/;

/** A Markdown file's body as the collection would hold it: no front matter, trimmed. */
export function markdownBody(text: string): string {
  return text.replace(FRONT_MATTER, '').trim();
}
