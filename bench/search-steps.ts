import type { Transfer } from './measure-search-fs.ts';
import { median } from './median.ts';

/** Where the milliseconds from submitting to the first ten results on screen go. */
export interface SearchSteps {
  /** Submitting until the last index chunk the search needed has arrived (the page's own work and the chunk requests). */
  index: number;
  /** From there to the first result fragment being requested: Pagefind unpacking the chunks, its search in WebAssembly and its result list. */
  search: number;
  /** The ten result fragments, requested together, until the last has arrived. */
  fragments: number;
  /** From there to the results painted: excerpts, the list and the frame. */
  render: number;
}

/** Splits `shown` (ms after submitting) into steps by the index chunk and fragment requests made for the first results. */
export function searchSteps(transfers: Transfer[], shown: number): SearchSteps {
  const forQuery = (kind: Transfer['kind']) => transfers.filter((t) => t.phase === 'query' && t.kind === kind);
  const indexDone = Math.max(0, ...forQuery('index').map((t) => t.finished));
  const fragments = forQuery('fragment');
  const fragmentsAsked = fragments.length ? Math.min(...fragments.map((t) => t.started)) : indexDone;
  const fragmentsDone = Math.max(fragmentsAsked, ...fragments.map((t) => t.finished));
  return { index: indexDone, search: fragmentsAsked - indexDone, fragments: fragmentsDone - fragmentsAsked, render: shown - fragmentsDone };
}

/** The median of each step over several searches, as printed: "index 38, search 166, fragments 21, render 32". */
export function medianSteps(steps: SearchSteps[]): string {
  return (Object.keys(steps[0] ?? {}) as (keyof SearchSteps)[]).map((step) => `${step} ${median(steps.map((each) => each[step])).toFixed(0)}`).join(', ');
}
