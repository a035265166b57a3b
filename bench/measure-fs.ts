import { spawnSync } from 'node:child_process';

export interface Measurement {
  seconds: number;
  /** Peak resident memory of the child, in MB. */
  peakMB: number;
  /** What the child printed, for figures it reports itself. */
  stdout: string;
}

/**
 * Runs a command under GNU time, so the peak memory is that child's alone, and fails
 * loudly if the command does: a benchmark of a broken run measures nothing.
 */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Measurement {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', command, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  const peak = /peak-kb (\d+)/.exec(result.stderr);
  return { seconds, peakMB: peak ? Number(peak[1]) / 1024 : Number.NaN, stdout: result.stdout };
}
