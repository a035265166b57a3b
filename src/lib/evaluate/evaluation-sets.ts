/**
 * The hand-checked sets the parser is scored on, each a folder with a `manifest.json`
 * of what a person reads on every page (see hand-checked.ts), and the lowest accuracy
 * each field may score on it. Floors only go up: raise one when the parser improves,
 * never lower one to let a change through.
 */
export const EVALUATION_SETS = [
  {
    name: 'realworld',
    /** Real pages from many local-government and party sites, chrome included. */
    folder: 'tests/fixtures/realworld',
    floors: { title: 1, date: 1, time: 1, views: 1, category: 1, byline: 1 },
  },
  {
    name: 'fixtures',
    /** The five seeds and the layout variants: every field exact. */
    folder: 'tests/fixtures/reports',
    floors: { title: 1, date: 1, time: 1, views: 1, category: 1, byline: 1 },
  },
] as const;

/** Pages of any set given a publication date they do not print: an invented date is worse than none. */
export const MAX_INVENTED_DATES = 0;

export type EvaluationSet = (typeof EVALUATION_SETS)[number];
