import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

/**
 * The one remark processor for article bodies. GFM is on because Astro's Markdown
 * renderer has it on: text that GFM would read as a table, strikethrough or autolink
 * is escaped on the way out and read back the same way.
 */
export const markdownProcessor = remark().use(remarkGfm).freeze();
