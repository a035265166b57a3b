import { seededRandom } from './seeded-random.ts';
import { encodeTcvn3, encodeWindows1258 } from './legacy-encodings.ts';

/** A deterministic source of randomness, so a fuzz input is found again from its number. */
export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Site chrome as scrapers save it: menus, share bars, counters, footers, clocks. */
const CHROME = [
  'Trang chủ', 'Tin mới nhất', 'Chia sẻ', 'In bài', 'Facebook', 'Zalo', 'Từ khóa: hội nghị, giao ban', 'Bình luận của bạn',
  'Thống kê truy cập', 'Hôm nay: 1234', 'Đang truy cập: 56', 'Tin liên quan', 'Các tin khác', 'Banner', 'Bỏ qua liên kết',
  'English | Tiếng Việt', 'Thứ Hai, 01/01/2024', 'Lượt xem: 5547', 'Cập nhật lúc 17:33, Thứ Năm, 27/04/2017 (GMT+7)', 'Về đầu trang',
  'Publish date 20/07/2022 | 17:49 | View count: 555', '10:34 15/12/2021', 'KINH TẾ - CHÍNH TRỊ', '---',
];

/** Syntax of the formats the text passes through (Markdown, YAML front matter, HTML) and of spreadsheets. */
const SYNTAX = [
  '---', '---\ntitle: giả\nslug: ../../etc\n---', '# Không phải tiêu đề', '|a|b|', '|---|---|', '```', '~~~', '> trích', '- mục', '1. mục',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[bấm](javascript:alert(1))', '![ảnh](http://example.com/x.png)',
  '*nghiêng* _gạch_ **đậm**', '{{ biến }}', '<!-- chú thích -->', '&amp; &lt; &#0;', 'title: "x"', 'key: [a, b', '? : - !!binary',
  '=HYPERLINK("http://example.com/x","Bấm để xem")', '+1', '@SUM(A1)', '\t-2', '\\', '$$', '%00', '\u0000', '\u202e ngược', '\u200b\u200d',
  'a\u0301\u0301\u0301\u0301\u0301', '\ud800', '\ufeff', '\r', '\u2028', '</figcaption></figure><p>',
];

/** What makes a line huge: one unbroken word, a run of words, of dates, or of punctuation a pattern might retry. */
const HUGE_UNITS = ['Đảng', 'Huyện ủy ', '19/7 ', '. ', '- ', ' ', 'a', '20-NQ/TU ', 'Đồng chí Nguyễn Văn A – ', ':', '|', '*_', 'ủy'];

const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n');
const join = (parts: string[]) => Buffer.from(parts.join('\n'));

/** One way of damaging or disguising a report; `name` says which in the fuzz figures. */
export interface Mutation {
  name: string;
  apply(bytes: Buffer, random: Random, other: Buffer): Buffer;
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'byte flips',
    apply: (bytes, random) => {
      const out = Buffer.from(bytes);
      for (let i = between(random, 1, 16); i > 0 && out.length; i -= 1) out[between(random, 0, out.length - 1)]! ^= 1 << between(random, 0, 7);
      return out;
    },
  },
  {
    name: 'random bytes',
    apply: (bytes, random) => {
      const out = Buffer.from(bytes);
      for (let i = between(random, 1, 64); i > 0 && out.length; i -= 1) out[between(random, 0, out.length - 1)] = between(random, 0, 255);
      return out;
    },
  },
  { name: 'truncation', apply: (bytes, random) => bytes.subarray(0, between(random, 0, bytes.length)) },
  { name: 'head cut', apply: (bytes, random) => bytes.subarray(between(random, 0, bytes.length)) },
  {
    name: 'line shuffle',
    apply: (bytes, random) => {
      const parts = lines(bytes);
      for (let i = parts.length - 1; i > 0; i -= 1) {
        const j = between(random, 0, i);
        [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      }
      return join(parts);
    },
  },
  {
    name: 'line moves',
    apply: (bytes, random) => {
      const parts = lines(bytes);
      for (let i = between(random, 1, 4); i > 0 && parts.length > 1; i -= 1) {
        const [line] = parts.splice(between(random, 0, parts.length - 1), 1);
        parts.splice(between(random, 0, parts.length), 0, random() < 0.3 ? line! + line! : line!);
      }
      return join(parts);
    },
  },
  {
    name: 'lines dropped',
    apply: (bytes, random) => join(lines(bytes).filter(() => random() > 0.3)),
  },
  { name: 'spliced with another page', apply: (bytes, random, other) => Buffer.concat([bytes.subarray(0, between(random, 0, bytes.length)), other.subarray(between(random, 0, other.length))]) },
  {
    name: 'encoding',
    apply: (bytes, random) => {
      const text = bytes.toString('utf8');
      switch (between(random, 0, 7)) {
        case 0: return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        case 1: return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
        case 2: return Buffer.from(text, 'utf16le');
        case 3: return encodeWindows1258(text);
        case 4: return encodeTcvn3(text);
        case 5: return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
        case 6: return Buffer.from(text.normalize('NFD'));
        default: return Buffer.from(text.replaceAll('\n', random() < 0.5 ? '\r\n' : '\r'));
      }
    },
  },
  {
    name: 'huge line',
    apply: (bytes, random) => {
      const parts = lines(bytes);
      const unit = pick(random, HUGE_UNITS);
      parts.splice(between(random, 0, parts.length), 0, unit.repeat(Math.ceil(between(random, 1_000, 30_000) / unit.length)));
      return join(parts);
    },
  },
  {
    name: 'injected chrome',
    apply: (bytes, random) => {
      const parts = lines(bytes);
      for (let i = between(random, 1, 6); i > 0; i -= 1) parts.splice(between(random, 0, parts.length), 0, pick(random, CHROME));
      return join(parts);
    },
  },
  {
    name: 'injected syntax',
    apply: (bytes, random) => {
      const parts = lines(bytes);
      for (let i = between(random, 1, 6); i > 0; i -= 1) {
        const at = between(random, 0, parts.length);
        const syntax = pick(random, SYNTAX);
        if (random() < 0.5 || at === parts.length) parts.splice(at, 0, syntax);
        else parts[at] = random() < 0.5 ? `${syntax}${parts[at]}` : `${parts[at]}${syntax}`;
      }
      return join(parts);
    },
  },
];

/** One fuzz input: a seed or real page with one to three mutations, named for the report. */
export interface FuzzInput {
  /** Which input of the run, from which it is made again. */
  index: number;
  base: string;
  mutations: string[];
  bytes: Buffer;
}

/** Input number `index` of a run over `pages` (name → bytes); the same arguments always give the same bytes. */
export function fuzzInput(pages: [string, Buffer][], index: number, runSeed = 0): FuzzInput {
  const random = seededRandom(runSeed * 1_000_003 + index);
  const [base, original] = pick(random, pages);
  let bytes = original;
  const applied: string[] = [];
  for (let i = between(random, 1, 3); i > 0; i -= 1) {
    const mutation = pick(random, MUTATIONS);
    bytes = mutation.apply(bytes, random, pick(random, pages)[1]);
    applied.push(mutation.name);
  }
  return { index, base, mutations: applied, bytes };
}
