import type { APIContext } from 'astro';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { readArticleBodies } from '../../lib/site/article-bodies-fs.ts';
import { loadArticles } from '../../lib/site/load-articles.ts';
import { loadEntities } from '../../lib/site/load-entities.ts';
import { jsonBody } from '../../lib/site/json-pieces.ts';
import { openDataJson } from '../../lib/site/open-data.ts';

export async function GET(context: APIContext) {
  const { officials, documents } = await loadEntities();
  const articles = await loadArticles();
  const json = openDataJson(articles, await readArticleBodies(articles), officials, documents, (path) => absoluteUrl(context.site, import.meta.env.BASE_URL, path));
  // Streamed: for a large archive the document is longer than a JavaScript string can be.
  return new Response(jsonBody(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
