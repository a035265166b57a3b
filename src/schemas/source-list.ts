import { z } from 'astro/zod';

/**
 * One row of `sources.csv`, the list an archivist keeps beside the raw reports of where
 * each one was published. Columns: `file,url,site,fetched_at`; the last two may be empty.
 */
export const sourceRowSchema = z.object({
  /** The raw report's path relative to the ingest input folder, "/"-separated, as the ingest lists it. */
  file: z
    .string()
    .trim()
    .min(1, 'the file column is empty')
    .refine((file) => !file.startsWith('/') && !file.split('/').includes('..'), 'the file must be a path inside the input folder'),
  /** The address the report was published at: an http or https URL. */
  url: z.url({ protocol: /^https?$/, error: 'the url column must be an http(s) address' }),
  /** The publishing site's name as the archive shows it ("Cổng thông tin huyện Mỹ Đức"); empty when not known. */
  site: z
    .string()
    .trim()
    .transform((site) => site || undefined)
    .optional(),
  /** When the archivist fetched the page: yyyy-mm-dd; empty when not known. */
  fetched_at: z
    .string()
    .trim()
    .transform((date) => date || undefined)
    .pipe(z.iso.date({ error: 'fetched_at must be a date written yyyy-mm-dd' }).optional())
    .optional(),
});

export type SourceRow = z.infer<typeof sourceRowSchema>;
