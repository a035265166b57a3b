import { z } from 'zod';

/** One position an official held, as one report states it. */
export const positionSchema = z.object({
  /** The words of the report ("TUV", "Chủ tịch UBND huyện"). */
  stated: z.string().min(1),
  /** The same with common abbreviations spelt out for display ("Thành ủy viên", "Chủ tịch Ủy ban nhân dân huyện"). */
  title: z.string().min(1),
});

/** A named official the report introduces with at least one position. */
export const officialSchema = z.object({
  /** Full name as first written in the report. */
  name: z.string().min(1),
  /** Positions in the order the report gives them, each once. */
  positions: z.array(positionSchema).min(1, 'an official is only recorded with a stated position'),
});

/** How far an issuer's authority reaches, which decides whose "20-NQ/TU" a citation means. */
export const issuerLevelSchema = z.enum(['national', 'province', 'district']);

/** A party or state document cited by its number. */
export const documentSchema = z.object({
  /** Normalised identifier: party "04-CTr/HU", state "245/2020/NQ-HĐND". */
  id: z.string().min(1),
  /** Kind spelt out from the type code ("Nghị quyết", "Chỉ thị"). */
  kind: z.string().min(1),
  /** Party documents are numbered "N-CODE/ISSUER", state documents "N/[YEAR/]CODE-ISSUER". */
  system: z.enum(['party', 'state']),
  /** The number as printed, leading zeros kept ("04"). */
  number: z.string().regex(/^\d+$/, 'digits only'),
  /** Year printed inside a state document's number, or null. */
  year: z.number().int().nullable(),
  /** Type code in its canonical spelling ("NQ", "CTr", "KL"). */
  typeCode: z.string().min(1),
  /** Issuer code in capitals ("TU", "HU", "TW", "HĐND", "CP"). */
  issuer: z.string().min(1),
  /** Reach of the issuer: national codes mean one document everywhere, local ones one per place. */
  level: issuerLevelSchema,
  /** The province or district the local issuer belongs to, from the report's place; null when national or unknown. */
  scope: z.string().min(1).nullable(),
  /** Signing date printed with the citation (yyyy-mm-dd), or null. */
  date: z.iso.date().nullable(),
  /** The first citation as printed ("Nghị quyết số 20-NQ/TU ngày 02/12/2019"). */
  cited: z.string().min(1),
});

/** The kinds of meeting these reports cover. */
export const meetingKindSchema = z.enum([
  'giao-ban',
  'hoi-nghi-ban-chap-hanh',
  'hoi-nghi-ban-thuong-vu',
  'phien-hop',
  'ky-hop',
  'hoi-nghi',
]);

/** The meeting a report is about, read from its lead. */
export const meetingSchema = z.object({
  /** What kind of meeting it was. */
  kind: meetingKindSchema,
  /** The N of "lần thứ N" or "kỳ họp thứ N", Roman numerals read; null when not stated. */
  session: z.number().int().positive().nullable(),
  /** The body that held it, as printed ("BCH Đảng bộ huyện Thanh Trì"). */
  body: z.string().min(1),
  /** The body's kind in one spelling, for grouping and filters ("Ban Thường vụ Huyện ủy"), or null when unknown. */
  organ: z.string().min(1).nullable(),
  /** The body's term as printed ("khóa XXIV"), or null. */
  term: z.string().min(1).nullable(),
  /** Its tenure ("2020–2025"), or null. */
  tenure: z.string().regex(/^\d{4}–\d{4}$/, 'written yyyy–yyyy').nullable(),
  /** When it met (yyyy-mm-dd); a date printed without a year takes the publication's year. Null when unknown. */
  date: z.iso.date().nullable(),
  /** Part of the day printed with the date ("sáng", "chiều"), or null. */
  partOfDay: z.enum(['sáng', 'trưa', 'chiều', 'tối']).nullable(),
});

export type Position = z.infer<typeof positionSchema>;
export type Official = z.infer<typeof officialSchema>;
export type IssuerLevel = z.infer<typeof issuerLevelSchema>;
export type CitedDocument = z.infer<typeof documentSchema>;
export type MeetingKind = z.infer<typeof meetingKindSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
