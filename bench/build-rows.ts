import { median } from './median.ts';

/** Time and peak memory of one child process; a step that failed has the time it ran and its reason. */
export interface StepFigures {
  seconds: number;
  peakMB: number;
  failed?: string;
}

/** One run of the build comparison: our three steps, the stock Pagefind run and the plain builds of the same Markdown. */
export interface BuildRun {
  ingest: StepFigures;
  astro: StepFigures;
  pagefind: StepFigures;
  /** Stock Pagefind (its CLI, no options) over the same `dist/`, as the baseline for our Pagefind step; not run where it cannot fit in memory. */
  stockPagefind: StepFigures | null;
  plain: StepFigures;
  /** The plain build rendering as many pages at a time as ours does; not run on the largest archives. */
  plainConcurrent: StepFigures | null;
}

export interface BuildRow {
  label: string;
  seconds: number;
  msPerArticle: number;
  peakMB: number;
  /** Against the plain build; only for the plain builds and the totals compared with it. */
  ratio: number | null;
  /** Against the plain build with our concurrency; only for ours. */
  ratioConcurrent: number | null;
  /** Our Pagefind step against stock Pagefind over the same site. */
  ratioStock: number | null;
  /** Why the step failed, when it did (a plain build of a large archive may). */
  failed?: string;
}

const finite = (value: number) => (Number.isFinite(value) ? value : null);

/**
 * The build table for one corpus size: each figure the median over the runs, totals
 * summed within a run before the median is taken, and peak memory the largest of the
 * steps' own peaks. "ours" is what the target is about (ingest + Astro); the Pagefind
 * step is shown on its own, against stock Pagefind, and in a total beside ours, never
 * left out. Ours renders pages concurrently, which the plain build with Astro's
 * defaults does not: ours is also set against a plain build with the same concurrency.
 * A plain build that failed is a result too: its row says how long it ran and why it
 * failed, with no ratio.
 */
export function buildRows(articles: number, runs: BuildRun[]): BuildRow[] {
  const figures = (steps: (run: BuildRun) => (StepFigures | null)[]) => {
    const all = runs.flatMap((run) => steps(run));
    const failed = all.find((step) => step?.failed)?.failed;
    const missing = all.some((step) => step === null);
    const seconds = missing ? Number.NaN : median(runs.map((run) => steps(run).reduce((sum, step) => sum + step!.seconds, 0)));
    const peakMB = missing ? Number.NaN : median(runs.map((run) => Math.max(...steps(run).map((step) => step!.peakMB))));
    return { seconds, peakMB, failed, missing };
  };
  /** A baseline's time, or NaN (so no ratio) when it failed or did not run. */
  const baseline = (steps: (run: BuildRun) => (StepFigures | null)[]) => {
    const { seconds, failed } = figures(steps);
    return failed ? Number.NaN : seconds;
  };
  const plain = baseline((run) => [run.plain]);
  const plainConcurrent = baseline((run) => [run.plainConcurrent]);
  const stock = baseline((run) => [run.stockPagefind]);
  const row = (label: string, steps: (run: BuildRun) => (StepFigures | null)[], compared: 'plain' | 'both' | 'stock' | 'none'): BuildRow[] => {
    const { seconds, peakMB, failed, missing } = figures(steps);
    if (missing) return [];
    return [
      {
        label,
        seconds,
        msPerArticle: (seconds * 1000) / articles,
        peakMB,
        ratio: (compared === 'plain' || compared === 'both') && !failed ? finite(seconds / plain) : null,
        ratioConcurrent: compared === 'both' ? finite(seconds / plainConcurrent) : null,
        ratioStock: compared === 'stock' ? finite(seconds / stock) : null,
        ...(failed ? { failed } : {}),
      },
    ];
  };
  return [
    ...row('plain Astro build', (run) => [run.plain], 'plain'),
    ...row('plain, our concurrency', (run) => [run.plainConcurrent], 'plain'),
    ...row('ours: ingest', (run) => [run.ingest], 'none'),
    ...row('ours: Astro build', (run) => [run.astro], 'none'),
    ...row('ours: ingest + Astro', (run) => [run.ingest, run.astro], 'both'),
    ...row('Pagefind step (search)', (run) => [run.pagefind], 'stock'),
    ...row('stock Pagefind, same site', (run) => [run.stockPagefind], 'none'),
    ...row('ours + Pagefind', (run) => [run.ingest, run.astro, run.pagefind], 'both'),
  ];
}
