import { describe, expect, it } from 'vitest';
import { attempt, measure } from './measure-fs.ts';

const failing = (stderr: string[]) => attempt('bash', ['-c', `${stderr.map((line) => `echo ${JSON.stringify(line)} >&2`).join('; ')}; exit 1`]);

describe('attempt', () => {
  it('names the error a failed step died of, with the cause Astro gives after "Caused by:"', () => {
    expect(failing([' [UnknownFilesystemError] ', '  Error reference:', '    https://docs.astro.build/', '  Caused by:', '  Invalid string length']).failed).toBe('[UnknownFilesystemError] Invalid string length');
    expect(failing(['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory']).failed).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory');
  });
});

describe('measure', () => {
  it('gives the CPU seconds of the child and of its own children, in user code and in the kernel', () => {
    const { cpu, peakMB } = measure('bash', ['-c', 'for i in $(seq 1 200000); do :; done; bash -c "head -c 50000000 /dev/zero > /dev/null"']);
    expect(cpu.user).toBeGreaterThan(0.05);
    expect(cpu.system).toBeGreaterThanOrEqual(0);
    expect(peakMB).toBeGreaterThan(0);
  });
});
