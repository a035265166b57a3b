import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, linksOf, readPage, textOf } from '../support/static-site-fs.ts';
import { groupDocuments } from '../../src/lib/site/archive/group-documents.ts';
import { groupOfficials } from '../../src/lib/site/archive/group-officials.ts';
import { formatMeetingDate } from '../../src/lib/site/dates/format-date.ts';
import { pagePath, paths } from '../../src/lib/site/ui/paths.ts';
import { PAGE_SIZE } from '../../src/lib/site/ui/site-info.ts';
import { sortArticles } from '../../src/lib/site/collection/sort-articles.ts';
import type { Article } from '../../src/schemas/article.ts';
import { seedArticles } from '../helpers/seeds.ts';
import { SITE_URL } from '../helpers/site-builds.ts';
import { vi } from '../../src/lib/site/ui/vi.ts';

const site = inject('siteAtRoot');
const newestFirst = sortArticles(seedArticles().map((report) => ({ data: report as Article })));
const officials = groupOfficials(newestFirst, (entry) => entry.data);
const documents = groupDocuments(newestFirst, (entry) => entry.data);

/** Article slugs linked from a listing's list, across all its pages, in order. */
function listedAcrossPages(root: string, first: string): string[] {
  const slugs: string[] = [];
  for (let n = 1; fileFor(root, pagePath(first, n)); n += 1) {
    const html = readPage(root, pagePath(first, n));
    const list = /<ul class="articles">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    slugs.push(...[...list.matchAll(/\/bai-viet\/([^/"]+)\//g)].map((m) => m[1]!));
  }
  return slugs;
}

describe('officials of the bundled archive', () => {
  it('has the eleven people of the five seeds, each on one page', () => {
    expect(officials.map((o) => o.name).sort()).toEqual(
      ['Nguyễn Văn Cương', 'Nguyễn Xuân Thanh', 'Nguyễn Anh Dũng', 'Lê Văn Trang', 'Đinh Phúc Bền', 'Đặng Bá Cường', 'Lê Minh Hải', 'Lê Tiến Nhật', 'Nguyễn Việt Phương', 'Nguyễn Tiến Cường', 'Vũ Anh Tú'].sort(),
    );
  });

  it.each(officials.map((o) => [o.slug, o] as const))('%s lists every report naming them and their positions', (slug, official) => {
    expect(listedAcrossPages(site, paths.official(slug))).toEqual(official.mentions.map((m) => m.item.data.slug));
    const table = /<table class="positions">([\s\S]*?)<\/table>/.exec(readPage(site, paths.official(slug)))![1]!;
    for (const position of official.positions) expect(textOf(table)).toContain(position.title);
  });

  it('the index lists each one, linked, with the count', () => {
    const html = readPage(site, paths.officials());
    expect(textOf(html)).toContain(`${officials.length} nhân vật`);
    expect(linksOf(html)).toEqual(expect.arrayContaining(officials.map((o) => paths.official(o.slug))));
  });
});

describe('cited documents of the bundled archive', () => {
  it('has the ten documents of the seeds', () => {
    expect(documents.map((d) => `${d.document.id} ${d.document.scope ?? ''}`.trim()).sort()).toEqual(
      ['04-CTr/HU Mỹ Đức, Hà Nội', '05-CT/TW', '25-KH/HU Kiến Thụy, Hải Phòng', '05-NQ/HU Kiến Thụy, Hải Phòng', '29-NQ/TU Hải Phòng', '245/2020/NQ-HĐND Quảng Ninh', '42/NQ-CP', '20-NQ/TU Quảng Ninh', '656-KL/TU Quảng Ninh', '36-CT/TU Quảng Ninh'].sort(),
    );
  });

  it.each(documents.map((d) => [d.slug, d] as const))('%s lists every report citing it, oldest first', (slug, group) => {
    const html = readPage(site, paths.document(slug));
    expect(listedAcrossPages(site, paths.document(slug))).toEqual(group.citations.map((c) => c.data.slug));
    expect(textOf(html)).toContain(group.document.cited);
  });

  it('the index lists each one, linked, with the count', () => {
    const html = readPage(site, paths.documents());
    expect(textOf(html)).toContain(`${documents.length} văn bản`);
    expect(linksOf(html)).toEqual(expect.arrayContaining(documents.map((d) => paths.document(d.slug))));
  });
});

describe('entities on the article pages', () => {
  it.each(newestFirst.map(({ data }) => [data.slug, data] as const))('%s links its officials and documents and shows its meeting', (slug, article) => {
    const html = readPage(site, paths.article(slug));
    const links = linksOf(html);
    for (const group of officials.filter((o) => o.mentions.some((m) => m.item.data === article))) expect(links).toContain(paths.official(group.slug));
    for (const group of documents.filter((d) => d.citations.some((c) => c.data === article))) expect(links).toContain(paths.document(group.slug));
    const meeting = /<section aria-labelledby="meeting">([\s\S]*?)<\/section>/.exec(html)?.[1];
    if (!article.meeting) return expect(meeting).toBeUndefined();
    expect(textOf(meeting!)).toContain(vi.meetingKinds[article.meeting.kind]);
    expect(textOf(meeting!)).toContain(formatMeetingDate(article.meeting.date, article.meeting.partOfDay));
    expect(textOf(meeting!)).toContain(article.meeting.body);
  });
});

describe('entity pages paginate like the other listings', () => {
  const root = inject('siteLarge');
  const folder = inject('siteLargeArticles');
  const large = sortArticles(readdirSync(folder).filter((file) => file.endsWith('.md')).map((file) => ({ data: matter(readFileSync(join(folder, file), 'utf8')).data as Article })));
  const largeOfficials = groupOfficials(large, (entry) => entry.data);
  const largeDocuments = groupDocuments(large, (entry) => entry.data);

  /** Entity page links of an index, across all its numbered pages, in order. */
  const indexed = (first: string, folderPath: string) => {
    const found: string[] = [];
    for (let n = 1; fileFor(root, pagePath(first, n)); n += 1) {
      const list = /<ul class="articles entities">([\s\S]*?)<\/ul>/.exec(readPage(root, pagePath(first, n)))![1]!;
      found.push(...linksOf(list).filter((link) => link.startsWith(folderPath)));
    }
    return found;
  };

  it(`indexes of more than ${PAGE_SIZE} officials and documents run to numbered pages that list each once, in order`, () => {
    expect([largeOfficials.length, largeDocuments.length].every((n) => n > PAGE_SIZE)).toBe(true);
    expect(indexed(paths.officials(), '/quan-chuc/')).toEqual(largeOfficials.map((o) => paths.official(o.slug)));
    expect(indexed(paths.documents(), '/van-ban/')).toEqual(largeDocuments.map((d) => paths.document(d.slug)));
  });

  it('every official and document page lists its reports', () => {
    for (const official of largeOfficials) expect(listedAcrossPages(root, paths.official(official.slug))).toEqual(official.mentions.map((m) => m.item.data.slug));
    for (const group of largeDocuments) expect(listedAcrossPages(root, paths.document(group.slug))).toEqual(group.citations.map((c) => c.data.slug));
  });
});

describe('open data', () => {
  const articlesDir = inject('siteArticles');
  const json = JSON.parse(readPage(site, '/du-lieu/bai-viet.json'));

  it('the JSON holds every article with its entities and Markdown body, and the grouped officials and documents', () => {
    expect(json.articles.map((a: Article) => a.slug)).toEqual(newestFirst.map((e) => e.data.slug));
    for (const article of json.articles) {
      const parsed = newestFirst.find((e) => e.data.slug === article.slug)!.data;
      expect([article.officials, article.documents, article.meeting, article.url]).toEqual([parsed.officials, parsed.documents, parsed.meeting, `${SITE_URL}${paths.article(parsed.slug)}`]);
      expect(article.body).toBe(matter(readFileSync(join(articlesDir, `${parsed.slug}.md`), 'utf8')).content.trim());
    }
    expect(json.officials.map((o: { slug: string }) => o.slug)).toEqual(officials.map((o) => o.slug));
    expect(json.documents.map((d: { slug: string }) => d.slug)).toEqual(documents.map((d) => d.slug));
  });

  /** Rows of a CSV written by toCsv (quoted fields may hold commas, quotes and line ends). */
  const rowsOf = (path: string) => {
    const text = readPage(site, path);
    expect(text.startsWith('\uFEFF')).toBe(true);
    return [...text.slice(1).matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)].map((m) =>
      [...m[1]!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((f) => f[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')),
    );
  };

  it('the CSVs have a row per article, per stated position and per citation', () => {
    const [articleHeader, ...articleRows] = rowsOf('/du-lieu/bai-viet.csv');
    expect(articleRows.map((row) => row[articleHeader!.indexOf('title')])).toEqual(newestFirst.map((e) => e.data.title));
    const [, ...positionRows] = rowsOf('/du-lieu/nhan-vat.csv');
    expect(positionRows).toHaveLength(newestFirst.reduce((sum, e) => sum + e.data.officials.reduce((n, o) => n + o.positions.length, 0), 0));
    const [, ...citationRows] = rowsOf('/du-lieu/van-ban.csv');
    expect(citationRows).toHaveLength(newestFirst.reduce((sum, e) => sum + e.data.documents.length, 0));
  });

  it('the open-data page links every file', () => {
    expect(linksOf(readPage(site, paths.openData()))).toEqual(expect.arrayContaining(['bai-viet.json', 'bai-viet.csv', 'nhan-vat.csv', 'van-ban.csv'].map((f) => `/du-lieu/${f}`)));
  });
});
