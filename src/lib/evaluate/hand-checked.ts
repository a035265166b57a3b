import { z } from 'zod';

/**
 * One page as a careful person read it (`manifest.json` of an evaluation set). Only the
 * fields scored here are checked; the rest (url, notes, …) are for people.
 */
export const handCheckedPageSchema = z.looseObject({
  /** The raw page, relative to the manifest. */
  file: z.string().min(1),
  /** The headline exactly as printed; null when the saved text has none. */
  title: z.string().min(1).nullable(),
  /** Publication date as printed, `YYYY-MM-DD`; null when the page prints none. */
  date: z.iso.date().nullable(),
  /** Publication time as printed, `HH:MM`; null when the page prints none. */
  time: z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM').nullable(),
  /** View count as printed. */
  views: z.number().int().nonnegative().nullable(),
  /** Section label as printed. */
  category: z.string().min(1).nullable(),
  /** People named by the byline (or by the date line), in order. */
  authors: z.array(z.string().min(1)),
  /** Reporting unit named by the byline. */
  unit: z.string().min(1).nullable(),
});

export const handCheckedSetSchema = z.array(handCheckedPageSchema);

export type HandCheckedPage = z.infer<typeof handCheckedPageSchema>;
