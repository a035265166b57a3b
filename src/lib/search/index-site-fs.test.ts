import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { bundlePages, indexSite } from './index-site-fs.ts';
import { scratchFolder } from '../fs/scratch-folder-fs.ts';
import { toIndexForm } from './index-form.ts';
import { searchPartCount, searchPartFolder } from './search-parts.ts';

const work = mkdtempSync(join(tmpdir(), 'index-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

/** A built site of `articles` article pages (marked for Pagefind) and one page that is not. */
function site(name: string, articles: number): string {
  const root = join(work, name);
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), page('<p>Trang chủ</p>'));
  for (let i = 0; i < articles; i += 1) {
    mkdirSync(join(root, 'bai-viet', `bai-${i}`), { recursive: true });
    writeFileSync(join(root, 'bai-viet', `bai-${i}`, 'index.html'), page(`<main data-pagefind-body><h1 data-pagefind-meta="title">Bài ${i}</h1><p>Đảng ủy huyện giao ban lần ${i}.</p></main>`));
  }
  return root;
}

describe('indexSite', () => {
  it('writes as many bundles as the search page merges, each of at most the part size', async () => {
    const root = site('parts', 5);
    expect(await indexSite(root, 2)).toMatchObject({ pages: 5, parts: searchPartCount(5, 2) });
    expect([0, 1, 2].map((part) => bundlePages(join(root, searchPartFolder(part))))).toEqual([2, 2, 1]);
    expect(existsSync(join(root, searchPartFolder(3)))).toBe(false);
  });

  it('writes the one bundle the search page loads even for an archive with no articles', async () => {
    const root = site('empty', 0);
    expect(await indexSite(root, 2)).toMatchObject({ pages: 0, parts: searchPartCount(0, 2) });
    expect(existsSync(join(root, searchPartFolder(0), 'pagefind.js'))).toBe(true);
  });

  it('fails with what Pagefind said when it cannot write the index', async () => {
    const root = site('unwritable', 2);
    writeFileSync(join(root, searchPartFolder(0).replace(/\/$/, '')), 'a file where the bundle goes');
    await expect(indexSite(root, 10)).rejects.toThrow(/^Pagefind could not index the site: [^]*\S/);
  });

  it('indexes the mirror, cut down to the indexed element, as Pagefind indexes the whole page', async () => {
    const article = (i: number) =>
      `<!doctype html><html lang="vi"><head><title>Bài ${i} – Kho</title><meta property="og:image" content="/a.png"></head><body><header><nav><a href="/">Trang chủ</a></nav></header>` +
      `<main><article><div data-pagefind-body><h1 data-pagefind-meta="title">Đảng uỷ giao ban ${i}</h1><div class="body"><p id="p1">Huyện uỷ họp.</p><div><p>Đường tỉnh lộ ${i}.</p></div></div>` +
      `<span hidden data-pagefind-filter="year[data-value]" data-value="202${i}"></span><span hidden data-pagefind-meta="date[data-value]" data-value="202${i}-01-01"></span></div>` +
      `<section><h2>Bài liên quan</h2><p>Khác hẳn</p></section></article></main><footer>Dữ liệu mở</footer></body></html>`;
    const root = join(work, 'cut');
    // On the kind of file system the mirror is written to: Pagefind numbers pages in the order its walk finds them.
    const whole = scratchFolder(`whole-page-mirror-${process.pid}`, 1024 * 1024, work);
    onTestFinished(() => rmSync(whole, { recursive: true, force: true }));
    for (let i = 0; i < 3; i += 1) {
      for (const [folder, html] of [
        [root, article(i)],
        [whole, toIndexForm(article(i).replace('<h1 ', '<h1 data-pagefind-ignore '))],
      ] as const) {
        mkdirSync(join(folder, 'bai-viet', `bai-${i}`), { recursive: true });
        writeFileSync(join(folder, 'bai-viet', `bai-${i}`, 'index.html'), html);
      }
    }
    await indexSite(root, 10);
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    await index!.addDirectory({ path: whole });
    await index!.writeFiles({ outputPath: join(whole, 'pagefind') });
    await pagefind.close();
    const files = (folder: string) => (readdirSync(join(folder, 'pagefind'), { recursive: true }) as string[]).sort();
    expect(files(root)).toEqual(files(whole));
    for (const file of files(whole).filter((name) => name.includes('.'))) expect(readFileSync(join(root, 'pagefind', file)), file).toEqual(readFileSync(join(whole, 'pagefind', file)));
  });
});
