import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/site/format-date.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { readSeed, seedFiles } from '../helpers/seeds.ts';
import { fileFor, htmlFiles, linksOf, readPage, textOf } from '../../src/lib/dev/static-site-fs.ts';
import { PAGINATION_CORPUS_SIZE } from '../helpers/site-builds.ts';

const site = inject('siteAtRoot');
const reports = seedFiles.map((file) => parseReport(file, readSeed(file)));

describe('article pages of the bundled archive', () => {
  it.each(reports.map((report) => [report.slug, report] as const))('%s', (slug, report) => {
    const html = readPage(site, `/bai-viet/${slug}/`);
    const text = textOf(html);
    expect(html).toMatch(/<html lang="vi"/);
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(report.title);
    expect(text).toContain(formatDate(report.publishedAt, report.datePrecision));
    if (report.byline) expect(text).toContain(report.byline);
    for (const block of report.body) expect(text).toContain(block.text);
    const figcaptions = [...html.matchAll(/<figure class="photo-caption"><figcaption>([\s\S]*?)<\/figcaption>/g)].map((m) => textOf(m[1]!));
    expect(figcaptions).toEqual(report.captions);
    expect(readFileSync(fileFor(site, `/nguon/${report.source.file}`)!)).toEqual(readSeed(report.source.file));
  });

  it('shows the seed dates as Vietnamese readers write them', () => {
    expect(textOf(readPage(site, `/bai-viet/${reports[0]!.slug}/`))).toContain('Thứ Tư, 20 tháng 7, 2022, 17:49');
  });
});

describe('listings', () => {
  it('home counts the archive and links every year, district, province and category', () => {
    const html = readPage(site, '/');
    expect(textOf(html)).toContain(`Kho lưu trữ có ${reports.length} bài viết`);
    for (const path of ['/nam/2022/', '/huyen/kien-thuy/', '/tinh/quang-ninh/', '/chuyen-muc/kinh-te-chinh-tri/']) {
      expect(linksOf(html)).toContain(path);
    }
  });

  it('facet listings count their articles', () => {
    expect(textOf(readPage(site, '/tinh/ha-noi/'))).toContain('3 bài viết');
    expect(textOf(readPage(site, '/nam/2021/'))).toContain('2 bài viết');
    expect(textOf(readPage(site, '/nam/2021/thang-12/'))).toContain('1 bài viết');
  });

  it(`paginate 20 to a page, numbered, over ${PAGINATION_CORPUS_SIZE} articles`, () => {
    const large = inject('siteLarge');
    const pages = ['/tat-ca/', '/tat-ca/2/', '/tat-ca/3/'].map((path) => readPage(large, path));
    const counts = pages.map((html) => (html.match(/<li>\s*<a href="\/bai-viet\//g) ?? []).length);
    expect(counts).toEqual([20, 20, 5]);
    expect(fileFor(large, '/tat-ca/4/')).toBeUndefined();
    expect(textOf(pages[1]!)).toContain(`${PAGINATION_CORPUS_SIZE} bài viết · trang 2/3 · bài 21–40`);
    expect(linksOf(pages[1]!)).toEqual(expect.arrayContaining(['/tat-ca/', '/tat-ca/3/']));
  });
});

describe('feeds and metadata', () => {
  it('RSS lists the articles newest first with absolute links', () => {
    const feed = readFileSync(join(site, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links[0]).toBe(`https://luutru.example.vn/bai-viet/${reports[1]!.slug}/`);
    expect(links).toHaveLength(reports.length);
    expect(feed).toContain('<language>vi</language>');
  });

  it('the sitemap lists every article', () => {
    const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    for (const report of reports) expect(sitemap).toContain(`https://luutru.example.vn/bai-viet/${report.slug}/`);
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('Sitemap: https://luutru.example.vn/sitemap-index.xml');
  });

  it('JSON-LD NewsArticle carries +07:00, author and publisher', () => {
    const html = readPage(site, `/bai-viet/${reports[0]!.slug}/`);
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: reports[0]!.title,
      datePublished: '2022-07-20T17:49:00+07:00',
      author: [{ '@type': 'Person', name: 'Thu Nghĩa' }],
      publisher: { '@type': 'Organization', name: 'Trung tâm VHTT&TT huyện' },
    });
    expect(html).toContain(`<link rel="canonical" href="https://luutru.example.vn/bai-viet/${reports[0]!.slug}/">`);
    expect(html).toContain('<meta property="og:type" content="article">');
  });
});

describe('links', () => {
  const check = (root: string, base: string) => {
    const broken: string[] = [];
    for (const file of htmlFiles(root)) {
      for (const link of linksOf(readFileSync(join(root, file), 'utf8'))) {
        if (/^(https?:|mailto:|#)/.test(link)) continue;
        if (!link.startsWith(base)) broken.push(`${file}: ${link} is outside ${base}`);
        else if (!fileFor(root, `/${link.slice(base.length)}`)) broken.push(`${file}: ${link} does not resolve`);
      }
    }
    return broken;
  };

  it('every internal link and asset resolves', () => {
    expect(check(site, '/')).toEqual([]);
  });

  it('a build under /archive/ has no link outside its base', () => {
    const archive = inject('siteUnderArchive');
    expect(check(archive, '/archive/')).toEqual([]);
    expect(readFileSync(join(archive, 'rss.xml'), 'utf8')).toContain('https://luutru.example.vn/archive/bai-viet/');
    expect(readFileSync(join(archive, 'sitemap-0.xml'), 'utf8')).not.toMatch(/https:\/\/luutru\.example\.vn\/(?!archive\/)/);
  });

  it('an article page weighs under 30 KB of HTML and CSS', () => {
    for (const report of reports) {
      const html = readPage(site, `/bai-viet/${report.slug}/`);
      const css = linksOf(html)
        .filter((link) => link.endsWith('.css'))
        .reduce((sum, link) => sum + readFileSync(fileFor(site, link)!).length, 0);
      expect(Buffer.byteLength(html) + css).toBeLessThan(30 * 1024);
    }
  });

  it('pages that do not search carry no client JavaScript', () => {
    for (const path of ['/', '/tat-ca/', '/huyen/', '/nam/2021/', '/404.html']) {
      expect(readPage(site, path), path).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
  });
});
