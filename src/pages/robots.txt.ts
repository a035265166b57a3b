import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/site/ui/base.ts';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl(context.site, '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
