import type { APIContext } from 'astro';
import { absoluteUrl } from '../../lib/site/absolute-url.ts';
import { loadArticles } from '../../lib/site/load-articles.ts';
import { ARTICLE_COLUMNS, articleRows } from '../../lib/site/open-data.ts';
import { toCsv } from '../../lib/site/to-csv.ts';

export async function GET(context: APIContext) {
  const rows = articleRows(await loadArticles(), (path) => absoluteUrl(context.site, import.meta.env.BASE_URL, path));
  return new Response(toCsv(ARTICLE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
