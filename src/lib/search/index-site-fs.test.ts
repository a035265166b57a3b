import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from './index-site-fs.ts';
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

const pageCount = (root: string, part: number) =>
  Object.values((JSON.parse(readFileSync(join(root, searchPartFolder(part), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((sum, language) => sum + language.page_count, 0);

describe('indexSite', () => {
  it('writes as many bundles as the search page merges, each of at most the part size', async () => {
    const root = site('parts', 5);
    expect(await indexSite(root, 2)).toMatchObject({ pages: 5, parts: searchPartCount(5, 2) });
    expect([0, 1, 2].map((part) => pageCount(root, part))).toEqual([2, 2, 1]);
    expect(existsSync(join(root, searchPartFolder(3)))).toBe(false);
  });

  it('writes the one bundle the search page loads even for an archive with no articles', async () => {
    const root = site('empty', 0);
    expect(await indexSite(root, 2)).toMatchObject({ pages: 0, parts: searchPartCount(0, 2) });
    expect(existsSync(join(root, searchPartFolder(0), 'pagefind.js'))).toBe(true);
  });
});
