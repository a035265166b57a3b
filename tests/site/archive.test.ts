import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, htmlFiles, linksOf, readPage, textOf } from '../support/static-site-fs.ts';
import { siteNameOf } from '../../src/lib/provenance/site-name.ts';
import { publishedDate } from '../../src/lib/site/dates/date-parts.ts';
import { formatLongDate, formatMonth, UNKNOWN_DATE } from '../../src/lib/site/dates/format-date.ts';
import { groupByFacet } from '../../src/lib/site/archive/facets.ts';
import { groupByMonth } from '../../src/lib/site/archive/group-by-month.ts';
import { paths } from '../../src/lib/site/ui/paths.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { seedArticles } from '../helpers/seeds.ts';
import { SITE_URL, SOURCED_COPY, SOURCED_FETCH_DATE, SOURCED_PAGES } from '../helpers/site-builds.ts';

const site = inject('siteAtRoot');
const sourced = inject('siteWithSources');
const reports = seedArticles();
const sourcedArticles: Article[] = readdirSync(inject('siteWithSourcesArticles')).filter((file) => file.endsWith('.md')).map((file) =>
  articleSchema.parse(matter(readFileSync(join(inject('siteWithSourcesArticles'), file), 'utf8')).data),
);
const decode = (text: string) => textOf(text);

/** The bars of every month chart of a page: where each links and what it says. */
const bars = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].filter(([, href]) => href!.includes('/thang-')).map(([, href, label]) => ({ href, label: decode(label!) }));

describe('the archive at a glance', () => {
  const years = groupByFacet(reports, 'year', (report) => report);
  /** What the chart of one year must show: a linked bar for each month with reports, with its count. */
  const expected = (year: string, items: Article[]) =>
    groupByMonth(items.map((data) => ({ data }))).map(({ month, items: inMonth }) => ({
      href: paths.month(year, month),
      label: `${formatMonth(Number(year), Number(month))}: ${inMonth.length} bài viết`,
    }));

  it('home charts every year by month, each bar linking to its month listing with its count', () => {
    expect(bars(readPage(site, paths.home()))).toEqual(years.flatMap((year) => expected(year.label, year.items)));
  });

  it.each(years.map((year) => [year.label, year.items] as const))('the page of %s charts its months the same way, and each bar’s listing has that many articles', (year, items) => {
    const shown = bars(readPage(site, paths.facet('year', year)));
    expect(shown).toEqual(expected(year, items));
    for (const bar of shown) {
      const count = Number(/: (\d+) bài viết$/.exec(bar.label)![1]);
      expect(textOf(readPage(site, bar.href!))).toContain(`${count} bài viết`);
    }
  });

  it('draws charts without JavaScript: no script on home or year pages besides JSON-LD', () => {
    for (const path of [paths.home(), ...years.map((year) => paths.facet('year', year.label))]) {
      expect(readPage(site, path).match(/<script(?![^>]*application\/ld\+json)/g), path).toBeNull();
    }
  });
});

/** The ways the site writes a date: the article's long form, the short form of lists and tables, a month, or the one "unknown". */
const LONG = /^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4}(, \d\d:\d\d)?$/;
const SHORT = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const MONTH = /^Tháng \d{1,2}\/\d{4}$/;
const MEETING = /^((Sáng|Trưa|Chiều|Tối) )?(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4}$/;
const times = (html: string) => [...html.matchAll(/<time[^>]*>([\s\S]*?)<\/time>/g)].map((m) => textOf(m[1]!));

describe('one way to write a date', () => {
  const pageTypes = [
    ['an article', paths.article(reports.find((r) => r.meeting?.date)!.slug), [LONG, SHORT, MEETING]],
    ['the home page', paths.home(), [SHORT, MONTH]],
    ['a listing', paths.all(), [SHORT, MONTH]],
    ['a year listing', paths.facet('year', '2021'), [SHORT, MONTH]],
    ['a month listing', paths.month('2021', '12'), [SHORT, MONTH]],
    ['an official, with the table of titles', paths.official('le-tien-nhat-ha-noi'), [SHORT, MONTH]],
    ['a cited document', paths.document('20-nq-tu-quang-ninh'), [SHORT, MONTH]],
    ['the open data page', paths.openData(), [LONG]],
    ['the about page', paths.about(), [SHORT]],
  ] as const;

  it.each(pageTypes)('%s writes every date in the forms of its kind of page', (_, path, forms) => {
    const shown = times(readPage(site, path));
    expect(shown.length, path).toBeGreaterThan(0);
    for (const text of shown) expect(forms.some((form) => form.test(text)) || text === UNKNOWN_DATE, `${path}: "${text}"`).toBe(true);
  });

  it('no page writes a date in the old styles ("20 tháng 7, 2022", "không rõ" alone)', () => {
    for (const file of htmlFiles(site)) {
      const html = readFileSync(join(site, file), 'utf8');
      const chrome = textOf(html.replace(/<div class="body">[\s\S]*?<\/div>\s*<span hidden/, ''));
      expect(chrome, file).not.toMatch(/\d tháng \d{1,2}, \d{4}/);
      for (const text of times(html)) expect([LONG, SHORT, MONTH, MEETING].some((form) => form.test(text)) || text === UNKNOWN_DATE, `${file}: "${text}"`).toBe(true);
    }
  });

  it('an article gives the long form, and its <time> only what the report printed', () => {
    for (const report of reports) {
      const html = readPage(site, paths.article(report.slug));
      const date = publishedDate(report);
      expect(times(html)[0]).toBe(formatLongDate(date));
      if (report.datePrecision === 'date') expect(html).toContain(`datetime="${report.publishedAt!.slice(0, 10)}"`);
    }
  });
});

describe('where each report came from', () => {
  const listed = sourcedArticles.filter((article) => article.source.url);

  it('keeps one article for the page listed twice under one address, and the address for every listed page', () => {
    expect(listed).toHaveLength(SOURCED_PAGES);
    expect(sourcedArticles.map((article) => article.source.file)).not.toContain(SOURCED_COPY);
    expect(new Set(listed.map((article) => article.source.url)).size).toBe(SOURCED_PAGES);
  });

  it.each(listed.map((article) => [article.source.file, article] as const))('%s shows "Nguồn: <site> — <link>", the fetch date, and carries the address in JSON-LD', (_, article) => {
    const html = readPage(sourced, paths.article(article.slug));
    const line = textOf(/<p class="source"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!);
    expect(line.startsWith(`Nguồn: ${siteNameOf(article.source)} — `), line).toBe(true);
    expect(line).toContain(`Lưu về ngày ${SOURCED_FETCH_DATE.split('-').reverse().map(Number).join('/')}`);
    expect(linksOf(html)).toContain(article.source.url);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(jsonLd.isBasedOn).toBe(article.source.url);
  });

  it('carries the address in the open data', () => {
    const json = JSON.parse(readFileSync(fileFor(sourced, paths.openDataFile('bai-viet.json'))!, 'utf8')) as { articles: Article[] };
    expect(json.articles.filter((article) => article.source.url).map((article) => article.source.url).sort()).toEqual(listed.map((article) => article.source.url).sort());
    const csv = readFileSync(fileFor(sourced, paths.openDataFile('bai-viet.csv'))!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('source_url,source_site,source_fetched_at');
    for (const article of listed) expect(csv).toContain(article.source.url!.includes('"') ? article.source.url!.replaceAll('"', '""') : article.source.url);
  });

  it('shows no source line for a report the list does not name', () => {
    for (const report of reports) expect(readPage(site, paths.article(report.slug))).not.toContain('class="source"');
  });
});

describe('the about and open-data pages', () => {
  it('the about page says what the archive holds, where it comes from, that texts are kept as written, how to cite, and the licence', () => {
    const text = textOf(readPage(site, paths.about()));
    expect(text).toContain(`Hiện kho có ${reports.length} bài viết`);
    for (const heading of ['Kho lưu trữ có gì', 'Bài viết lấy từ đâu', 'Văn bản được giữ nguyên', 'Cách trích dẫn', 'Dữ liệu mở']) expect(text).toContain(heading);
    expect(text).toContain('kể cả lỗi chính tả');
    expect(text).toContain(`${SITE_URL}${paths.article(reports.toSorted((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))[0]!.slug)}`);
    expect(linksOf(readPage(site, paths.about()))).toContain('https://creativecommons.org/licenses/by/4.0/deed.vi');
    expect(linksOf(readPage(site, paths.home()))).toContain(paths.about());
  });

  it('the open-data page gives each file’s real size and record count, and the build date', () => {
    const html = readPage(site, paths.openData());
    const items = [...html.matchAll(/<li><a href="\/du-lieu\/([^"]+)"[^>]*>[\s\S]*?<span data-size>([^<]+)<\/span> · <span data-records>([\d.]+) /g)];
    expect(items.map((m) => m[1])).toEqual(['bai-viet.json', 'bai-viet.csv', 'nhan-vat.csv', 'van-ban.csv']);
    for (const [, name, size, records] of items) {
      const file = fileFor(site, paths.openDataFile(name!))!;
      const bytes = statSync(file).size;
      const kb = (bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
      expect(size, name).toBe(bytes < 1024 ? `${bytes} byte` : `${kb} KB`);
      const body = readFileSync(file, 'utf8');
      const count = name!.endsWith('.json') ? (JSON.parse(body) as { articles: unknown[] }).articles.length : body.split('\r\n').length - 2;
      expect(Number(records!.replaceAll('.', '')), name).toBe(count);
    }
    expect(times(html)).toHaveLength(1);
  });
});

describe('weight', () => {
  it('keeps every article page under 30 KB of HTML and CSS', () => {
    const css = (html: string) => linksOf(html).filter((link) => link.endsWith('.css')).reduce((sum, link) => sum + statSync(fileFor(site, link)!).size, 0);
    for (const report of reports) {
      const html = readPage(site, paths.article(report.slug));
      expect(Buffer.byteLength(html) + css(html), report.slug).toBeLessThan(30 * 1024);
    }
  });
});
