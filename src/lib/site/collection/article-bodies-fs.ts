import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { archiveOptionsFromEnv } from '../../config/archive-options.ts';
import { mapAtMost } from '../../fs/map-at-most.ts';
import type { ArticleEntry } from './load-articles.ts';
import { markdownBody } from './markdown-body.ts';

/**
 * Article bodies come from the articles' files, never from the collection: Astro's data
 * store becomes one string and one JavaScript module in the build, which cannot carry
 * the bodies of a large archive (see with-lean-entries.ts). The file is the one in the
 * collection being built, named by the article's slug as the ingest names it; not the
 * entry's `filePath`, which Astro keeps from an earlier build when an unchanged file
 * turns up in another folder (a build of a copy, a test's scratch collection).
 */
async function readArticleBody({ id }: ArticleEntry): Promise<string> {
  return markdownBody(await readFile(join(archiveOptionsFromEnv().output, `${id}.md`), 'utf8'));
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
