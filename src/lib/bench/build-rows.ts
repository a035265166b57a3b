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
}

export interface BuildRow {
  label: string;
  seconds: number;
  msPerArticle: number;
  peakMB: number;
  /** Against the plain build; only for the plain build and the totals compared with it. */
  ratio: number | null;
}

/**
 * The build table for one corpus size: each figure the median over the runs, totals
 * summed within a run before the median is taken, and peak memory the largest of the
 * steps' own peaks. "ours" is what the target is about (ingest + Astro); the Pagefind
 * step is shown on its own and in a total beside it, never left out.
 */
export function buildRows(articles: number, runs: BuildRun[]): BuildRow[] {
  const row = (label: string, steps: (run: BuildRun) => StepFigures[], compared: boolean): BuildRow => {
    const seconds = median(runs.map((run) => steps(run).reduce((sum, step) => sum + step.seconds, 0)));
    const plain = median(runs.map((run) => run.plain.seconds));
    return {
      label,
      seconds,
      msPerArticle: (seconds * 1000) / articles,
      peakMB: median(runs.map((run) => Math.max(...steps(run).map((step) => step.peakMB)))),
      ratio: compared ? seconds / plain : null,
    };
  };
  return [
    row('plain Astro build', (run) => [run.plain], true),
    row('ours: ingest', (run) => [run.ingest], false),
    row('ours: Astro build', (run) => [run.astro], false),
    row('ours: ingest + Astro', (run) => [run.ingest, run.astro], true),
    row('Pagefind step (search)', (run) => [run.pagefind], false),
    row('ours + Pagefind', (run) => [run.ingest, run.astro, run.pagefind], true),
  ];
}
