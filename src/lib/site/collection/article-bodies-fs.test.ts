import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ArticleEntry } from './load-articles.ts';
import { articleHtml, readArticleBodies } from './article-bodies-fs.ts';

const before = process.env.ARTICLES_DIR;
afterEach(() => {
  if (before === undefined) delete process.env.ARTICLES_DIR;
  else process.env.ARTICLES_DIR = before;
});

describe('article bodies', () => {
  it('are read from the collection being built, not from a path Astro kept from another build', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bodies-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, 'tieu-de.md'), '---\nslug: tieu-de\n---\n\nĐoạn *một*.\n');
    process.env.ARTICLES_DIR = folder;
    const entry = { id: 'tieu-de', filePath: '../../tmp/gone-long-ago/articles/tieu-de.md' } as unknown as ArticleEntry;
    expect(await readArticleBodies([entry])).toEqual(['Đoạn *một*.']);
    expect(await articleHtml(entry)).toContain('<em>một</em>');
  });
});
