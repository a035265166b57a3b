import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { escapeXml } from '../lib/site/publish/escape-xml.ts';
import { loadArticles } from '../lib/site/collection/load-articles.ts';
import { paths } from '../lib/site/ui/paths.ts';
import { absoluteUrl } from '../lib/site/ui/base.ts';
import { vi } from '../lib/site/ui/vi.ts';

const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const dated = (await loadArticles()).filter((entry) => entry.data.publishedAt);
  return rss({
    title: vi.site.name,
    description: vi.site.description,
    site: absoluteUrl(context.site, '/'),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: dated.slice(0, FEED_SIZE).map(({ data }) => ({
      title: data.title,
      link: absoluteUrl(context.site, paths.article(data.slug)),
      pubDate: new Date(data.publishedAt!),
      description: data.lead ?? undefined,
      // RSS 2.0's <author> is an e-mail address; a byline is a name, which is what dc:creator holds.
      customData: data.byline ? `<dc:creator>${escapeXml(data.byline)}</dc:creator>` : undefined,
      categories: data.category ? [data.category] : undefined,
    })),
    customData: '<language>vi</language>',
  });
}
