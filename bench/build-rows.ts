import { median } from './median.ts';

/** Time and peak memory of one child process. */
export interface StepFigures {
  seconds: number;
  peakMB: number;
}

/** One run of the build comparison: our three steps and the plain build of the same Markdown. */
export interface BuildRun {
  ingest: StepFigures;
  astro: StepFigures;
  pagefind: StepFigures;
  plain: StepFigures;
  /** The plain build rendering as many pages at a time as ours does. */
  plainConcurrent: StepFigures;
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
}

/**
 * The build table for one corpus size: each figure the median over the runs, totals
 * summed within a run before the median is taken, and peak memory the largest of the
 * steps' own peaks. "ours" is what the target is about (ingest + Astro); the Pagefind
 * step is shown on its own and in a total beside it, never left out. Ours renders pages
 * concurrently, which the plain build with Astro's defaults does not: ours is also set
 * against a plain build with the same concurrency.
 */
export function buildRows(articles: number, runs: BuildRun[]): BuildRow[] {
  const plain = median(runs.map((run) => run.plain.seconds));
  const plainConcurrent = median(runs.map((run) => run.plainConcurrent.seconds));
  const row = (label: string, steps: (run: BuildRun) => StepFigures[], compared: 'plain' | 'both' | 'none'): BuildRow => {
    const seconds = median(runs.map((run) => steps(run).reduce((sum, step) => sum + step.seconds, 0)));
    return {
      label,
      seconds,
      msPerArticle: (seconds * 1000) / articles,
      peakMB: median(runs.map((run) => Math.max(...steps(run).map((step) => step.peakMB)))),
      ratio: compared === 'none' ? null : seconds / plain,
      ratioConcurrent: compared === 'both' ? seconds / plainConcurrent : null,
    };
  };
  return [
    row('plain Astro build', (run) => [run.plain], 'plain'),
    row('plain, our concurrency', (run) => [run.plainConcurrent], 'plain'),
    row('ours: ingest', (run) => [run.ingest], 'none'),
    row('ours: Astro build', (run) => [run.astro], 'none'),
    row('ours: ingest + Astro', (run) => [run.ingest, run.astro], 'both'),
    row('Pagefind step (search)', (run) => [run.pagefind], 'none'),
    row('ours + Pagefind', (run) => [run.ingest, run.astro, run.pagefind], 'both'),
  ];
}
