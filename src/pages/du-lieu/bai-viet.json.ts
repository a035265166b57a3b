import type { APIContext } from 'astro';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { loadArticles } from '../../lib/site/load-articles.ts';
import { loadEntities } from '../../lib/site/load-entities.ts';
import { openDataJson } from '../../lib/site/open-data.ts';

export async function GET(context: APIContext) {
  const { officials, documents } = await loadEntities();
  const json = openDataJson(await loadArticles(), officials, documents, (path) => absoluteUrl(context.site, import.meta.env.BASE_URL, path));
  return new Response(JSON.stringify(json, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
