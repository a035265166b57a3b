import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { articleSchema } from '../../src/schemas/article.ts';
import { toArticleFile } from '../../src/lib/ingest/article-file.ts';
import { assignSlugs } from '../../src/lib/ingest/assign-slugs.ts';
import { markdownToBlocks } from '../../src/lib/ingest/markdown-to-blocks.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { ReportError } from '../../src/lib/parse/report-error.ts';
import { encodeTcvn3, encodeWindows1258 } from '../../src/lib/fuzz/legacy-encodings.ts';
import { readSeedText } from '../helpers/seeds.ts';

const SEED = '002_565f1c175572ee32.txt';
/** The seed without the characters the legacy code pages lack (…, – and curly quotes), which a real legacy file cannot hold. */
const seedText = readSeedText(SEED);
const legacySafeText = seedText.replaceAll('…', '...').replaceAll('–', '-').replace(/[“”]/g, '"');
const expected = parseReport(SEED, Buffer.from(seedText));

const parseText = (text: string, file = 'x.txt') => parseReport(file, Buffer.from(text, 'utf8'));
const reasonFor = (bytes: Uint8Array) => {
  try {
    parseReport('bad.txt', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return (error as Error).message;
  }
  throw new Error('expected a ReportError');
};

describe('bad input: rejected with a reason', () => {
  it('empty file', () => expect(reasonFor(new Uint8Array())).toMatch(/empty/));
  it('whitespace only', () => expect(reasonFor(Buffer.from(' \n\u00a0\r\n'))).toMatch(/no article text/));
  it('nothing but site chrome', () => expect(reasonFor(Buffer.from('Skip to main content\n\nTiếng Việt | English\n\n• Trang chủ\n\n• Chính trị'))).toMatch(/only site chrome/));
  it('binary file', () => expect(reasonFor(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff]))).toMatch(/binary/));
  it('50 MB file', () => expect(reasonFor(new Uint8Array(50 * 1024 * 1024).fill(0x61))).toMatch(/50\.0 MB/));
  it('no headline: the first line is a paragraph, so the article says its title is the lead\'s first words', () => {
    const paragraph = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const report = parseReport('x.txt', Buffer.from(`${paragraph}\n\nĐoạn hai.`));
    expect(report.warnings[0]).toMatch(/^headline uncertain: the page prints no headline/);
    expect(report.title.split(' ')).toHaveLength(30);
  });
  it('bytes that no supported encoding reads as Vietnamese', () => {
    expect(reasonFor(Uint8Array.from([0xc3, 0x28, 0xa0, 0xa1, 0x80, 0x81, 0x82, 0x83, 0x84]))).toMatch(/not valid UTF-8/);
  });
  it('a BOM that lies about the encoding', () => {
    expect(reasonFor(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toMatch(/not valid UTF-8/);
  });
});

describe('bad input: decoded, recorded, same article', () => {
  const sameArticle = (bytes: Uint8Array, text = seedText) => {
    const report = parseReport(SEED, bytes);
    const reference = parseReport(SEED, Buffer.from(text));
    expect({ ...report, source: null }).toEqual({ ...reference, source: null });
    return report.source.encoding;
  };

  it('UTF-8 with BOM', () => expect(sameArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]))).toBe('utf-8-bom'));
  it('UTF-16 LE with BOM', () => expect(sameArticle(Buffer.from(`\ufeff${seedText}`, 'utf16le'))).toBe('utf-16le'));
  it('UTF-16 BE with BOM', () => {
    const bytes = Buffer.from(`\ufeff${seedText}`, 'utf16le').swap16();
    expect(sameArticle(bytes)).toBe('utf-16be');
  });
  it('Windows-1258', () => expect(sameArticle(encodeWindows1258(legacySafeText), legacySafeText)).toBe('windows-1258'));
  it('TCVN3', () => expect(sameArticle(encodeTcvn3(legacySafeText), legacySafeText)).toBe('tcvn3'));
  it('CRLF and CR line ends', () => {
    expect(sameArticle(Buffer.from(seedText.replaceAll('\n', '\r\n')))).toBe('utf-8');
    expect(sameArticle(Buffer.from(seedText.replaceAll('\n', '\r')))).toBe('utf-8');
  });
  it('NFD text gives the NFC record', () => {
    const report = parseReport(SEED, Buffer.from(seedText.normalize('NFD')));
    expect(report.title).toBe(expected.title);
    expect(report.title).toBe(report.title.normalize('NFC'));
    expect(report.body).toEqual(expected.body);
    expect(report.district).toBe('Kiến Thụy');
  });
  it('NBSP and runs of spaces become one space; words are kept', () => {
    const report = parseText('Tiêu\u00a0đề   có\u00a0\u00a0khoảng trắng\n10:34 15/12/2021\n\u00a0  Đoạn   một  có  lỗi chính tả: dức chiến đấu.\n');
    expect(report.title).toBe('Tiêu đề có khoảng trắng');
    expect(report.lead).toBe('Đoạn một có lỗi chính tả: dức chiến đấu.');
  });
});

describe('bad input: markup in the text stays text', () => {
  const hostile = [
    'Tiêu đề <script>alert("x")</script> và <b>in đậm</b> | cột | *sao* _gạch_ # [liên kết](http://x) ~~xoá~~',
    '10:34 15/12/2021',
    '<script>document.write("owned")</script>',
    '1. Mục đầu tiên không phải danh sách',
    '# Không phải tiêu đề, | a | b |, <img src=x onerror=alert(1)>, &amp; TT&TT',
    '---',
    'title: giả front matter',
    '---',
    '> không phải trích dẫn; `không phải mã`; \\ dấu gạch chéo ngược',
  ].join('\n\n');
  const report = parseText(hostile);
  const file = toArticleFile(report);
  const parsed = matter(file);

  it('front matter round-trips through YAML and the shared schema', () => {
    expect(articleSchema.parse(parsed.data).title).toBe(report.title);
  });
  it('every body block reads back from the Markdown exactly as written', () => {
    expect(markdownToBlocks(parsed.content)).toEqual(report.body);
  });
  it('no raw HTML reaches the Markdown unescaped', () => {
    expect(parsed.content).toContain('\\<script>');
    expect(parsed.content).not.toMatch(/(^|[^\\])<(script|img)/m);
  });
});

describe('bad input: front-matter and Markdown syntax in a title', () => {
  it.each([
    '---\ntitle: x',
    'Hội nghị: "trích dẫn" và \'nháy đơn\' # không phải chú thích',
    '- gạch đầu dòng? [a]: b',
    '@ký hiệu & ampersand * sao | ống',
    'null',
    'true',
    '12345',
  ])('%s', (title) => {
    const report = parseText(`${title.replaceAll('\n', ' ')}\n05/05/2020 09:00\nĐoạn một.`);
    const data = articleSchema.parse(matter(toArticleFile(report)).data);
    expect(data.title).toBe(title.replaceAll('\n', ' '));
  });
});

describe('bad input: a title line empty of letters or made of chrome', () => {
  it.each(['---', '.', '* * *', 'Skip to main content', 'Tiếng Việt | English'])('%s is never the title', (line) => {
    const report = parseText(`${line}\n\nHuyện ủy tổ chức hội nghị giao ban\n\nSáng 5/3, Huyện ủy tổ chức hội nghị giao ban tháng 3.`);
    expect(report.title).toBe('Huyện ủy tổ chức hội nghị giao ban');
  });
  it('a page whose only candidate is such a line says its title is a guess', () => {
    const report = parseText('---\n\nSáng 5/3, Huyện ủy tổ chức hội nghị giao ban tháng 3.\n\nĐoạn hai.');
    expect(report.warnings[0]).toMatch(/^headline uncertain:/);
  });
});

describe('bad input: two reports with the same title', () => {
  it('get distinct, deterministic slugs', () => {
    const a = parseText(`Cùng một tiêu đề\n05/05/2020 09:00\nBài A.`, 'a.txt');
    const b = parseText(`Cùng một tiêu đề\n05/05/2020 15:00\nBài B.`, 'b.txt');
    const slugs = assignSlugs([b, a]);
    expect(slugs[1]).toBe('cung-mot-tieu-de-2020-05-05');
    expect(slugs[0]).toBe('cung-mot-tieu-de-2020-05-05-2');
    expect(assignSlugs([a, b])).toEqual([slugs[1], slugs[0]]);
  });
});
