import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { toIndexForm } from './index-form.ts';

export interface IndexSiteResult {
  pages: number;
  uniqueWords: number;
  seconds: number;
}

/** `articles/x/index.html` under base `/archive/` → `/archive/articles/x/`. */
function pageUrl(base: string, file: string): string {
  const path = file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base.replace(/\/?$/, '/')}${path}`;
}

/**
 * Indexes every built page with Pagefind and writes the index to `<site>/pagefind/`.
 * Pages are fed in their index form (see index-form.ts) so that `d` finds `đ`; the
 * pages on disk are not touched. Only pages marked `data-pagefind-body` (articles) are
 * read into the index; the others are never sent.
 */
export async function indexSite(site: string, base: string): Promise<IndexSiteResult> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const files = (await readdir(site, { recursive: true }))
      .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
      .sort();
    let pages = 0;
    let uniqueWords = 0;
    for (const file of files) {
      const html = await readFile(join(site, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: pageUrl(base, relative(site, join(site, file))), content: toIndexForm(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      pages += 1;
      uniqueWords += added.file.uniqueWords;
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages, uniqueWords, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
