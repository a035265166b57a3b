import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { archiveOptionsFromEnv } from '../config/archive-options.ts';
import { scratchFolder } from '../fs/scratch-folder-fs.ts';
import { mirrorPage } from './mirror-page.ts';
import { searchPartFolder } from './search-parts.ts';

export interface IndexSiteResult {
  pages: number;
  /** How many Pagefind bundles the index was written in (see search-parts.ts). */
  parts: number;
  seconds: number;
}

/** More than a mirror page takes (the indexed element of an article page), so that a part's mirror fits where it is written. */
const MIRROR_PAGE_BYTES = 64 * 1024;

/** The built pages Pagefind indexes (those with an element marked `data-pagefind-body`), in path order. */
function* indexedPages(site: string): Generator<{ file: string; html: string }> {
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`)).sort();
  for (const file of files) {
    const html = readFileSync(join(site, file), 'utf8');
    if (html.includes('data-pagefind-body')) yield { file, html };
  }
}

/** Writes one page into the mirror folder, in the index form (see mirror-page.ts). */
function writeMirrorPage(mirror: string, page: { file: string; html: string }): void {
  const target = join(mirror, page.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, mirrorPage(page.html));
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
 * written to a scratch folder, in memory where the system allows (scratch-folder-fs.ts),
 * and read by Pagefind's own parallel directory walk: feeding pages one by one
 * (`addHTMLFile`) took longer than writing the mirror and walking it.
 */
export async function indexSite(site: string, partPages = archiveOptionsFromEnv().searchPartPages): Promise<IndexSiteResult> {
  const started = performance.now();
  const mirror = scratchFolder(`.pagefind-mirror-${process.pid}`, partPages * MIRROR_PAGE_BYTES, dirname(site));
  const pages = indexedPages(site);
  let indexed = 0;
  let parts = 0;
  try {
    // Each part's mirror is written just before Pagefind reads it and removed after, so
    // the scratch folder holds one part's mirror at a time.
    // An archive with no articles still gets its one, empty, part.
    let page = pages.next();
    do {
      rmSync(mirror, { recursive: true, force: true });
      mkdirSync(mirror, { recursive: true });
      for (let written = 0; !page.done && written < partPages; written += 1, page = pages.next()) writeMirrorPage(mirror, page.value);
      indexed += await indexPart(mirror, join(site, searchPartFolder(parts)));
      parts += 1;
    } while (!page.done);
    return { pages: indexed, parts, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}
