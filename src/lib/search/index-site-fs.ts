import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { mirrorPage } from './mirror-page.ts';

export interface IndexSiteResult {
  pages: number;
  seconds: number;
}

/**
 * Indexes the built articles with Pagefind and writes the index to `<site>/pagefind/`.
 * Pagefind reads a mirror of the article pages (see mirror-page.ts), so that `d` finds
 * `đ` and the index is leaner, while the pages served stay as they are. Only
 * pages marked `data-pagefind-body` are mirrored; the mirror is read by Pagefind's own
 * parallel directory walk, much faster than feeding pages one by one.
 */
export async function indexSite(site: string): Promise<IndexSiteResult> {
  const started = performance.now();
  const mirror = join(dirname(site), `.pagefind-mirror-${process.pid}`);
  rmSync(mirror, { recursive: true, force: true });
  try {
    for (const file of readdirSync(site, { recursive: true }) as string[]) {
      if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`)) continue;
      const html = readFileSync(join(site, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      mkdirSync(dirname(join(mirror, file)), { recursive: true });
      writeFileSync(join(mirror, file), mirrorPage(html));
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: mirror });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
    rmSync(mirror, { recursive: true, force: true });
  }
}
