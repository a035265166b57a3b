import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mapAtMost } from '../../fs/map-at-most.ts';
import type { ArticleEntry } from './load-articles.ts';
import { markdownBody } from './markdown-body.ts';

/**
 * Each article's Markdown body, read from its file: the collection does not keep bodies
 * (see content.config.ts), and only the open-data JSON needs them. Paths are relative to
 * the project root, where builds run.
 */
export function readArticleBodies(articles: ArticleEntry[]): Promise<string[]> {
  return mapAtMost(articles, 32, async ({ id, filePath }) => {
    if (!filePath) throw new Error(`Article "${id}" has no file to read its body from.`);
    return markdownBody(await readFile(resolve(filePath), 'utf8'));
  });
}
