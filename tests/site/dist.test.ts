import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, htmlFiles, linksOf, readPage, textOf } from '../support/static-site-fs.ts';
import { groupByFacet, type FacetName } from '../../src/lib/site/archive/facets.ts';
import { publishedDate } from '../../src/lib/site/dates/date-parts.ts';
import { formatLongDate } from '../../src/lib/site/dates/format-date.ts';
import { groupByMonth } from '../../src/lib/site/archive/group-by-month.ts';
import { pagePath, paths } from '../../src/lib/site/ui/paths.ts';
import { PAGE_SIZE } from '../../src/lib/site/ui/site-info.ts';
import { readSeed, seedArticles } from '../helpers/seeds.ts';
import { PAGINATION_CORPUS_SIZE, SITE_URL } from '../helpers/site-builds.ts';
import { vi } from '../../src/lib/site/ui/vi.ts';

const site = inject('siteAtRoot');
const reports = seedArticles();
const newestFirst = reports.toSorted((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.slug.localeCompare(b.slug));
const FACETS: FacetName[] = ['year', 'district', 'province', 'category'];

/** The article slugs a listing page lists, in order. */
const listed = (html: string) =>
  [.../<ul class="articles">([\s\S]*?)<\/ul>/.exec(html)![1]!.matchAll(/<a href="[^"]*\/bai-viet\/([^/"]+)\/"/g)].map((m) => m[1]!);

/** A listing's summary line: "45 bài viết · trang 2/3 · bài 21–40", or just "5 bài viết" on a one-page listing. */
const summary = (html: string) => {
  const match = /<p class="meta">\s*(\d+) bài viết(?: · trang (\d+)\/(\d+) · bài (\d+)–(\d+))?/.exec(html);
  if (!match) return undefined;
  const [total, page, last, from, to] = match.slice(1).map((group) => (group === undefined ? undefined : Number(group)));
  return { total: total!, page: page ?? 1, last: last ?? 1, from, to };
};

/** Every listing in the bundled archive, from the parsed reports: its first page and its articles. */
const listings = [
  { first: paths.all(), items: newestFirst },
  { first: paths.undated(), items: newestFirst.filter((report) => report.publishedAt === null) },
  ...FACETS.flatMap((facet) => groupByFacet(newestFirst, facet, (report) => report).map((group) => ({ first: paths.facet(facet, group.slug), items: group.items }))),
  ...groupByFacet(newestFirst, 'year', (report) => report).flatMap((year) =>
    groupByMonth(year.items.map((data) => ({ data }))).map(({ month, items }) => ({ first: paths.month(year.label, month), items: items.map((item) => item.data) })),
  ),
];

describe('article pages of the bundled archive', () => {
  it.each(reports.map((report) => [report.slug, report] as const))('%s shows the parsed report', (slug, report) => {
    const html = readPage(site, paths.article(slug));
    const text = textOf(html);
    expect(html).toMatch(/<html lang="vi"/);
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(report.title);
    expect(text).toContain(formatLongDate(publishedDate(report)));
    if (report.views !== null) expect(text).toContain(`${report.views.toLocaleString('vi-VN')} lượt xem`);
    if (report.byline) expect(text).toContain(report.byline);
    for (const block of report.body) expect(text).toContain(block.text);
    expect([...html.matchAll(/<figure class="photo-caption">\s*<figcaption>([\s\S]*?)<\/figcaption>/g)].map((m) => textOf(m[1]!))).toEqual(report.captions);
  });

  it.each(reports.map((report) => [report.slug, report] as const))('%s links its facets, its raw report and its neighbours', (slug, report) => {
    const html = readPage(site, paths.article(slug));
    const links = linksOf(html);
    for (const facet of ['district', 'province', 'category'] as const) {
      const group = groupByFacet([report], facet, (r) => r)[0];
      if (group) expect(links).toContain(paths.facet(facet, group.slug));
    }
    expect(textOf(html)).toContain(report.source.sha256);
    expect(links).toContain(paths.raw(report.source.file));
    expect(readFileSync(fileFor(site, paths.raw(report.source.file))!)).toEqual(readSeed(report.source.file));
    const index = newestFirst.indexOf(report);
    const older = newestFirst[index + 1];
    const newer = newestFirst[index - 1];
    expect(/<a href="([^"]+)" rel="prev">/.exec(html)?.[1]).toBe(older && paths.article(older.slug));
    expect(/<a href="([^"]+)" rel="next">/.exec(html)?.[1]).toBe(newer && paths.article(newer.slug));
    const related = listed(html.slice(html.indexOf('id="related"')));
    expect(related).toHaveLength(Math.min(5, reports.length - 1));
    expect(related).not.toContain(slug);
    const sameDistrict = related.map((other) => report.district !== null && reports.find((r) => r.slug === other)!.district === report.district);
    expect(sameDistrict).toEqual(sameDistrict.toSorted((a, b) => Number(b) - Number(a)));
    const crumbs = /<ol class="crumbs">([\s\S]*?)<\/ol>/.exec(html)![1]!;
    expect(linksOf(crumbs)[0]).toBe(paths.home());
    expect(textOf(crumbs)).toContain(report.title);
  });

  it('writes dates as Vietnamese news sites do: weekday, day/month/year and time, Asia/Ho_Chi_Minh', () => {
    const report = reports.find((r) => r.publishedAt === '2022-07-20T17:49:00+07:00')!;
    expect(textOf(readPage(site, paths.article(report.slug)))).toContain('Thứ Tư, 20/7/2022, 17:49');
  });

  it('marks the title and body of each article, and nothing on other pages, for the search index', () => {
    for (const file of htmlFiles(site)) {
      const html = readFileSync(join(site, file), 'utf8');
      const marks = html.match(/data-pagefind-body/g) ?? [];
      expect(marks, file).toHaveLength(file.startsWith('bai-viet/') ? 1 : 0);
    }
    const report = reports[0]!;
    const body = readPage(site, paths.article(report.slug)).split('data-pagefind-body')[1]!;
    expect(textOf(body)).toContain(report.title);
    for (const block of report.body) expect(textOf(body)).toContain(block.text);
  });
});

describe('listings', () => {
  it('home counts the archive and links the latest articles and every year, district, province and category', () => {
    const html = readPage(site, paths.home());
    expect(textOf(html)).toContain(`có ${reports.length} bài viết`);
    expect(listed(html)).toEqual(newestFirst.slice(0, 10).map((report) => report.slug));
    for (const facet of FACETS) {
      for (const group of groupByFacet(reports, facet, (report) => report)) {
        expect(linksOf(html), facet).toContain(paths.facet(facet, group.slug));
        expect(textOf(html)).toContain(`${group.label} (${group.items.length})`);
      }
    }
  });

  it.each(listings.map((listing) => [listing.first, listing] as const))('%s counts and lists its articles, newest first', (first, { items }) => {
    const html = readPage(site, first);
    expect(summary(html)?.total).toBe(items.length);
    expect(listed(html)).toEqual(items.slice(0, PAGE_SIZE).map((report) => report.slug));
  });

  it(`paginates every listing of a ${PAGINATION_CORPUS_SIZE}-article archive ${PAGE_SIZE} to a page, with numbered links`, () => {
    const large = inject('siteLarge');
    const firstPages = htmlFiles(large)
      .map((file) => `/${file.replace(/index\.html$/, '')}`)
      .filter((path) => summary(readPage(large, path))?.page === 1);
    expect(firstPages).toContain(paths.all());
    let paginated = 0;
    for (const first of firstPages) {
      const { total, last } = summary(readPage(large, first))!;
      expect(last, first).toBe(Math.max(1, Math.ceil(total / PAGE_SIZE)));
      const seen: string[] = [];
      for (let n = 1; n <= last; n += 1) {
        const html = readPage(large, pagePath(first, n));
        const slugs = listed(html);
        expect(slugs.length, `${first} page ${n}`).toBe(Math.min(PAGE_SIZE, total - (n - 1) * PAGE_SIZE));
        if (last > 1) expect(summary(html)).toEqual({ total, page: n, last, from: (n - 1) * PAGE_SIZE + 1, to: (n - 1) * PAGE_SIZE + slugs.length });
        const links = linksOf(/<nav class="pages"[\s\S]*?<\/nav>|$/.exec(html)![0]);
        for (const other of [1, last, n - 1, n + 1].filter((m) => m >= 1 && m <= last && m !== n)) expect(links).toContain(pagePath(first, other));
        seen.push(...slugs);
      }
      expect(new Set(seen).size, first).toBe(total);
      expect(fileFor(large, pagePath(first, last + 1)), first).toBeUndefined();
      if (last > 1) paginated += 1;
    }
    expect(summary(readPage(large, paths.all()))?.total).toBe(PAGINATION_CORPUS_SIZE);
    expect(paginated).toBeGreaterThan(1);
  });
});

describe('feeds and metadata', () => {
  it('the sitemap lists every page a reader can land on, and robots.txt points to it', () => {
    const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const locs = sitemaps.flatMap((url) => [...readFileSync(fileFor(site, new URL(url).pathname)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const pages = htmlFiles(site)
      .filter((file) => file !== '404.html' && !file.startsWith('tim-kiem/'))
      .map((file) => `${SITE_URL}/${file.replace(/index\.html$/, '')}`);
    expect(locs.toSorted()).toEqual(pages.toSorted());
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  it.each(reports.map((report) => [report.slug, report] as const))('%s has NewsArticle JSON-LD with +07:00, author and publisher', (slug, report) => {
    const html = readPage(site, paths.article(slug));
    const url = `${SITE_URL}${paths.article(slug)}`;
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    const publisher = { '@type': 'Organization', name: report.unit ?? vi.site.name };
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: report.title, url, publisher });
    expect(data.datePublished).toBe(report.publishedAt ?? undefined);
    if (report.publishedAt) expect(data.datePublished).toMatch(/\+07:00$/);
    expect(data.author).toEqual(report.authors.length ? report.authors.map((name) => ({ '@type': 'Person', name })) : [publisher]);
    expect(html).toContain(`<meta property="og:type" content="article">`);
  });

  it('every indexable page has one canonical URL, its own, and Open Graph tags', () => {
    for (const file of htmlFiles(site)) {
      const html = readFileSync(join(site, file), 'utf8');
      if (html.includes('<meta name="robots" content="noindex">')) {
        expect(html, file).not.toContain('rel="canonical"');
        continue;
      }
      const url = `${SITE_URL}/${file.replace(/index\.html$/, '')}`;
      expect([...html.matchAll(/<link rel="canonical" href="([^"]+)">/g)].map((m) => m[1]), file).toEqual([url]);
      expect(html, file).toContain(`<meta property="og:url" content="${url}">`);
      expect(/<meta property="og:title" content="([^"]+)">/.exec(html)?.[1], file).toBeTruthy();
      expect(html, file).toContain('<meta property="og:locale" content="vi_VN">');
    }
  });
});

describe('weight and scripts', () => {
  it('an article page weighs under 30 KB of HTML and CSS', () => {
    for (const report of reports) {
      const html = readPage(site, paths.article(report.slug));
      const css = linksOf(html)
        .filter((link) => link.endsWith('.css'))
        .reduce((sum, link) => sum + readFileSync(fileFor(site, link)!).length, 0);
      expect(Buffer.byteLength(html) + css).toBeLessThan(30 * 1024);
    }
  });

  it('only the search page and articles (which highlight searched words) load JavaScript', () => {
    for (const file of htmlFiles(site).filter((f) => !f.startsWith('tim-kiem/') && !f.startsWith('bai-viet/'))) {
      expect(readFileSync(join(site, file), 'utf8'), file).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
  });

  it('the 404 page speaks Vietnamese and leads back home', () => {
    const html = readPage(site, '/404.html');
    expect(html).toMatch(/<html lang="vi"/);
    expect(textOf(html)).toContain('Không tìm thấy trang');
    expect(linksOf(html)).toContain(paths.home());
  });
});
