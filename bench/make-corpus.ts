import type { Report } from '../src/schemas/article.ts';
import { seededRandom as random } from '../src/lib/fuzz/seeded-random.ts';

/** What synthetic reports are recombined from: the parts of the real seed reports. */
export interface CorpusParts {
  titles: string[];
  paragraphs: string[];
  captions: string[];
  bylines: string[];
  categories: string[];
}

export function corpusParts(reports: Report[]): CorpusParts {
  return {
    titles: reports.map((report) => report.title),
    paragraphs: reports.flatMap((report) => report.body.filter((b) => b.kind === 'paragraph').map((b) => b.text)),
    captions: reports.flatMap((report) => report.captions),
    bylines: reports.flatMap((report) => (report.byline ? [report.byline] : [])),
    categories: reports.flatMap((report) => (report.category ? [report.category] : [])),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The text of synthetic report `index`: a seed layout (category, title, date line,
 * paragraphs with a caption, byline) filled with recombined seed text. Titles repeat
 * as in real archives: a seed's title, or the month's "Hội nghị giao ban tháng M";
 * dates spread over 2015–2024.
 */
export function makeReport(parts: CorpusParts, index: number): string {
  const next = random(index + 1);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const month = 1 + Math.floor(next() * 12);
  const date = `${pad(1 + Math.floor(next() * 28))}/${pad(month)}/${2015 + Math.floor(next() * 10)}`;
  const time = `${pad(7 + Math.floor(next() * 12))}:${pad(Math.floor(next() * 60))}`;
  const paragraphs = Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(parts.paragraphs));
  paragraphs.splice(1 + Math.floor(next() * (paragraphs.length - 1)), 0, pick(parts.captions));
  return [
    pick(parts.categories),
    '',
    next() < 0.5 ? pick(parts.titles) : `Hội nghị giao ban tháng ${month}`,
    `Publish date ${date} | ${time} | View count: ${Math.floor(next() * 5000)}`,
    '',
    paragraphs.join('\n\n'),
    '',
    pick(parts.bylines),
    '',
  ].join('\n');
}
