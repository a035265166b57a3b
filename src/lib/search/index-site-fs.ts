import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { archiveOptionsFromEnv } from '../config/archive-options.ts';
import { mirrorPage } from './mirror-page.ts';
import { searchPartCount, searchPartFolder } from './search-parts.ts';

export interface IndexSiteResult {
  pages: number;
  /** How many Pagefind bundles the index was written in (see search-parts.ts). */
  parts: number;
  seconds: number;
}

/**
 * Writes the mirror that Pagefind indexes: each page marked `data-pagefind-body`, in
 * path order, in the index form (see mirror-page.ts), the first `partPages` of them under
 * `<mirror>/0/`, the next under `<mirror>/1/`, and so on; as many parts as the search page
 * merges (search-parts.ts), so an archive with no articles still has its one, empty.
 * Returns how many parts it wrote.
 */
function writeMirror(site: string, mirror: string, partPages: number): number {
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`)).sort();
  let pages = 0;
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const target = join(mirror, String(Math.floor(pages / partPages)), file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, mirrorPage(html));
    pages += 1;
  }
  const parts = searchPartCount(pages, partPages);
  for (let part = 0; part < parts; part += 1) mkdirSync(join(mirror, String(part)), { recursive: true });
  return parts;
}

/** Indexes one part of the mirror into its bundle folder; Pagefind's service is closed after, which frees its memory. */
async function indexPart(mirror: string, bundle: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: mirror });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built articles with Pagefind, in parts of at most `partPages` pages, each
 * written to its own bundle (`<site>/pagefind/`, then `pagefind-2/`…; see search-parts.ts).
 * Pagefind reads a mirror of the article pages (see mirror-page.ts), so that `d` finds
 * `đ` and the index is leaner, while the pages served stay as they are. The mirror is
 * read by Pagefind's own parallel directory walk: feeding pages one by one
 * (`addHTMLFile`) took longer than writing the mirror and walking it.
 */
export async function indexSite(site: string, partPages = archiveOptionsFromEnv().searchPartPages): Promise<IndexSiteResult> {
  const started = performance.now();
  const mirror = join(dirname(site), `.pagefind-mirror-${process.pid}`);
  rmSync(mirror, { recursive: true, force: true });
  try {
    const parts = writeMirror(site, mirror, partPages);
    let pages = 0;
    for (let part = 0; part < parts; part += 1) pages += await indexPart(join(mirror, String(part)), join(site, searchPartFolder(part)));
    return { pages, parts, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}
