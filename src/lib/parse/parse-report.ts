import { createHash } from 'node:crypto';
import { reportSchema, type Report } from '../../schemas/article.ts';
import { findDocuments } from '../extract/find-documents.ts';
import { findMeeting } from '../extract/find-meeting.ts';
import { findOfficials } from '../extract/find-officials.ts';
import { slugify } from '../vietnamese/slugify.ts';
import { parseBody } from './body.ts';
import { decode } from './decode.ts';
import { parseHeader } from './header.ts';
import { locateArticle } from './locate-article.ts';
import { normalise } from './normalise.ts';
import { findPlace } from './place.ts';
import { ReportError } from './report-error.ts';

/**
 * Stages 1–6, the text: decode, normalise, locate, header, body and byline, place.
 * Throws ReportError with the reason when the bytes cannot become an article.
 */
export function readArticle(file: string, bytes: Uint8Array) {
  const { text, encoding } = decode(bytes);
  const { lines } = locateArticle(normalise(text));
  const header = parseHeader(lines);
  const { blocks, byline } = parseBody(header.body);
  const paragraphs = blocks.map((block) => block.text);
  const place = findPlace([header.title, byline?.unit ?? '', ...paragraphs]);
  return { file, bytes, encoding, header, blocks, byline, paragraphs, place };
}

/** A report's text read into its parts, as the last stage takes it. */
export type ArticleText = ReturnType<typeof readArticle>;

/**
 * Stage 7: the officials, documents and meeting the text names, and the record, which
 * the shared schema must accept (else ReportError).
 */
export function toReport({ file, bytes, encoding, header, blocks, byline, paragraphs, place }: ArticleText): Report {
  const warnings = [...header.warnings];
  if (blocks.length === 0) warnings.push('the article has no body text');
  if (!byline && header.dateLineAuthors.length === 0) warnings.push('no byline found at the end of the article');

  const report: Report = {
    title: header.title,
    slug: slugify(header.title),
    publishedAt: header.date.publishedAt,
    datePrecision: header.date.precision,
    views: header.date.views,
    category: header.category,
    byline: byline?.byline ?? null,
    authors: byline?.authors ?? header.dateLineAuthors,
    unit: byline?.unit ?? null,
    district: place.district,
    province: place.province,
    lead: blocks[0]?.text ?? null,
    captions: blocks.filter((block) => block.kind === 'caption').map((block) => block.text),
    officials: findOfficials(paragraphs, place.province),
    documents: findDocuments([header.title, ...paragraphs], place),
    meeting: blocks[0] ? findMeeting(blocks[0].text, header.date.publishedAt) : null,
    source: { file, sha256: createHash('sha256').update(bytes).digest('hex'), encoding },
    warnings,
    lang: 'vi',
    body: blocks,
  };
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    throw new ReportError(`the parsed record does not fit the schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return checked.data;
}

/**
 * Every stage in order, for one report (the ingest runs the two halves over a run of
 * reports, each half over all of them in turn: see ingest-chunk-fs.ts). Returns a
 * record the shared schema accepts; throws ReportError with the reason when the bytes
 * cannot become an article.
 */
export function parseReport(file: string, bytes: Uint8Array): Report {
  return toReport(readArticle(file, bytes));
}
