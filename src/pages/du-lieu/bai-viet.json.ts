import type { APIContext } from 'astro';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { readArticleBodies } from '../../lib/site/article-bodies-fs.ts';
import { loadArticles } from '../../lib/site/load-articles.ts';
import { loadEntities } from '../../lib/site/load-entities.ts';
import { openDataJson } from '../../lib/site/open-data.ts';

export async function GET(context: APIContext) {
  const { officials, documents } = await loadEntities();
  const articles = await loadArticles();
  const json = openDataJson(articles, await readArticleBodies(articles), officials, documents, (path) => absoluteUrl(context.site, import.meta.env.BASE_URL, path));
  return new Response(JSON.stringify(json, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
