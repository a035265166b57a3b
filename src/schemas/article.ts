import { z } from 'zod';
import { documentSchema, meetingSchema, officialSchema } from './entities.ts';

/** How much of `publishedAt` the report actually printed. */
export const datePrecisionSchema = z.enum(['datetime', 'date', 'month', 'none']);

/** Where an article came from: enough to find and verify the raw report. */
export const sourceSchema = z.object({
  /** File name of the raw report, relative to the ingest input folder. */
  file: z.string().min(1),
  /** sha256 of the raw bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex characters'),
  /** Encoding the bytes were decoded from, as detected (never assumed). */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3']),
  /** Address the report was published at, from the archivist's `sources.csv`; absent when the list does not give it. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Name of the publishing site, from the source list; absent when not given. */
  site: z.string().min(1).optional(),
  /** Day the archivist fetched the page (yyyy-mm-dd), from the source list; absent when not given. */
  fetchedAt: z.iso.date().optional(),
});

/**
 * The front matter of one archived article. The ingest validates every record
 * with it before writing, and `src/content.config.ts` validates the collection
 * with it at build time, so both ends agree on one shape.
 */
export const articleSchema = z.object({
  /** Title as printed, whitespace normalised. */
  title: z.string().min(1, 'every article needs a title'),
  /** ASCII URL segment from the title (`đ` → `d`); unique within the collection. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and single hyphens'),
  /** Publication date-time in ISO 8601 with the Asia/Ho_Chi_Minh offset, or null when the report prints none. */
  publishedAt: z.iso
    .datetime({ offset: true })
    .refine((s) => s.endsWith('+07:00'), 'publication times carry the +07:00 offset')
    .nullable(),
  /** Which parts of `publishedAt` were printed: a `date` precision means the time is not known. */
  datePrecision: datePrecisionSchema,
  /** View counter as printed by the source site, or null. */
  views: z.number().int().nonnegative().nullable(),
  /** Section line as printed above the title ("KINH TẾ - CHÍNH TRỊ"), or null. */
  category: z.string().min(1).nullable(),
  /** Closing byline as printed, or null when the report has none. */
  byline: z.string().min(1).nullable(),
  /** Author names split from the byline, in order. */
  authors: z.array(z.string().min(1)),
  /** Reporting unit split from the byline ("Trung tâm VHTT&TT huyện"), or null. */
  unit: z.string().min(1).nullable(),
  /** District-level unit named by the report (gazetteer spelling), or null when the text does not say. */
  district: z.string().min(1).nullable(),
  /** Province or centrally-governed city, from the text or the district gazetteer, or null. */
  province: z.string().min(1).nullable(),
  /** First body paragraph, or null when the body is empty. */
  lead: z.string().min(1).nullable(),
  /** Photo captions in the order they appear in the body. */
  captions: z.array(z.string().min(1)),
  /** Officials the report names with a position. */
  officials: z.array(officialSchema),
  /** Party and state documents the report cites by number, each once. */
  documents: z.array(documentSchema),
  /** The meeting the lead reports, or null when the lead names none. */
  meeting: meetingSchema.nullable(),
  /** Provenance of the raw report. */
  source: sourceSchema,
  /** Other raw files with this same text (re-crawls, mirrors, a BOM or CRLF apart), merged into this article; absent when none. */
  duplicates: z.array(sourceSchema).optional(),
  /** Slugs of the same report posted again (same title and time, near-identical body), each kept as its own article; absent when none. */
  reposts: z.array(z.string().min(1)).optional(),
  /** What the parser was unsure about; empty when the report parsed cleanly. */
  warnings: z.array(z.string()),
  /** Language of the text. */
  lang: z.literal('vi'),
});

/** One block of the article body: a paragraph, or a photo caption kept in place. */
export const blockSchema = z.object({
  kind: z.enum(['paragraph', 'caption']),
  text: z.string().min(1),
});

/** A parsed report: the front matter plus its body blocks, before it becomes Markdown. */
export const reportSchema = articleSchema.extend({
  /** Body in reading order, the lead first. */
  body: z.array(blockSchema),
});

export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Report = z.infer<typeof reportSchema>;
