import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mapAtMost } from '../../fs/map-at-most.ts';
import type { ArticleEntry } from './load-articles.ts';
import { markdownBody } from './markdown-body.ts';

/**
 * Article bodies come from the articles' files, never from the collection: Astro's data
 * store becomes one string and one JavaScript module in the build, which cannot carry
 * the bodies of a large archive (see with-lean-entries.ts). Paths are relative to the
 * project root, where builds run.
 */
async function readArticleBody({ id, filePath }: ArticleEntry): Promise<string> {
  if (!filePath) throw new Error(`Article "${id}" has no file to read its body from.`);
  return markdownBody(await readFile(resolve(filePath), 'utf8'));
}

/** Each article's Markdown body, for the open-data JSON; at most 32 files open at a time. */
export function readArticleBodies(articles: ArticleEntry[]): Promise<string[]> {
  return mapAtMost(articles, 32, readArticleBody);
}

/**
 * Astro's own Markdown renderer (Sätteri), set as the site wants it: reports are kept as
 * written, so no curly quotes or ellipses are put in.
 */
const renderer = createSatteriMarkdownProcessor({ features: { smartPunctuation: false } });

/** An article's body as HTML, rendered from its Markdown file when its page is built. */
export async function articleHtml(article: ArticleEntry): Promise<string> {
  const [markdown, { render }] = await Promise.all([readArticleBody(article), renderer]);
  return (await render(markdown)).code;
}
