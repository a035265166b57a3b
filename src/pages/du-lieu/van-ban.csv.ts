import type { APIContext } from 'astro';
import { openDataResponse } from '../../lib/site/publish/open-data-files.ts';
import { absoluteUrl } from '../../lib/site/ui/base.ts';

export function GET(context: APIContext) {
  return openDataResponse('van-ban.csv', (path) => absoluteUrl(context.site, path));
}
