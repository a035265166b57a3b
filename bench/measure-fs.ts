import { spawnSync } from 'node:child_process';

export interface Measurement {
  seconds: number;
  /** Peak resident memory of the child, in MB. */
  peakMB: number;
  /**
   * CPU seconds the child spent, all its threads together: in user code, and in the
   * kernel (on this machine mostly the file system creating files, whose cost varies
   * with what was created and deleted before). Steadier than the wall time for
   * comparing the parser's own cost from run to run.
   */
  cpu: { user: number; system: number };
  /** What the child printed, for figures it reports itself. */
  stdout: string;
  /** The error the child died of, when it was run with `attempt` and failed. */
  failed?: string;
}

/** Runs a command under GNU time, so the peak memory is that child's alone. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M cpu-s %U %S', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const [peakKB = Number.NaN, user = Number.NaN, system = Number.NaN] = /peak-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(result.stderr)?.slice(1).map(Number) ?? [];
  return { result, measurement: { seconds, peakMB: peakKB / 1024, cpu: { user, system }, stdout: result.stdout } };
}

/** Measures a command and fails loudly if it fails: a benchmark of a broken run measures nothing. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Measurement {
  const { result, measurement } = timed(command, args, env);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  return measurement;
}

/**
 * Like `measure`, for a step that may fail on a large archive, where the failure is the
 * result (a plain Astro build that runs out of string length or memory): how long it
 * ran, its peak memory and the error it died of, instead of stopping the benchmark.
 */
export function attempt(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Measurement {
  const { result, measurement } = timed(command, args, env);
  if (result.status === 0) return measurement;
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.trim() && !line.startsWith('peak-kb'));
  // Astro's own error block ends in "Error reference:" and a link, after the line that says what failed.
  const reason = lines.findLast((line) => /Error|out of memory/.test(line) && !/Error reference/.test(line)) ?? lines.at(-1) ?? `exit ${result.status}`;
  // Astro wraps some errors ("[UnknownFilesystemError]") and names the real one after "Caused by:".
  const causedBy = lines.findIndex((line) => line.trim() === 'Caused by:');
  const cause = causedBy >= 0 ? lines[causedBy + 1]?.trim() : undefined;
  return { ...measurement, failed: [reason.trim(), cause].filter(Boolean).join(' ').slice(0, 160) };
}
