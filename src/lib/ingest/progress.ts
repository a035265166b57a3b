/** Runs shorter than this are over before a bar would tell the reader anything. */
export const PROGRESS_MIN_REPORTS = 1000;

/** The part of a progress bar the ingest drives (cli-progress's SingleBar fits). */
export interface Bar {
  start(total: number, value: number): void;
  update(value: number): void;
  stop(): void;
}

/** A bar is for a person watching a terminal, on a run long enough to wait for. */
export const showsProgress = (isTerminal: boolean | undefined, total: number): boolean =>
  isTerminal === true && total >= PROGRESS_MIN_REPORTS;

/**
 * The ingest's `onProgress` for a bar: it starts at the first report done, whatever
 * that count is (workers report a chunk at a time), and stops at the last.
 */
export function progressHandler(isTerminal: boolean | undefined, makeBar: () => Bar): (done: number, total: number) => void {
  let bar: Bar | undefined;
  return (done, total) => {
    if (!showsProgress(isTerminal, total)) return;
    if (!bar) {
      bar = makeBar();
      bar.start(total, done);
    } else bar.update(done);
    if (done === total) bar.stop();
  };
}
