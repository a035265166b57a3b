import type { APIContext } from 'astro';
import { absoluteUrl } from '../../lib/site/publish/absolute-url.ts';
import { openDataResponse } from '../../lib/site/publish/open-data-files.ts';

export function GET(context: APIContext) {
  return openDataResponse('van-ban.csv', (path) => absoluteUrl(context.site, import.meta.env.BASE_URL, path));
}
