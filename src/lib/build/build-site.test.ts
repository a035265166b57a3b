import { describe, expect, it } from 'vitest';
import { afterBuildForStart, describeFailed } from './build-site-fs.ts';

const bad = { file: 'hong.txt', status: 'error' as const, error: 'the file is empty' };

describe('npm start after the build', () => {
  it('serves the site built from the other reports when some failed, after naming them', () => {
    expect(afterBuildForStart({ ingestStatus: 1, built: true, failed: [bad] })).toEqual({
      serve: true,
      lines: ['1 report failed to ingest and is not in the site:', '  hong.txt: the file is empty', 'Serving the site built from the other reports.'],
      exitCode: 0,
    });
  });

  it('serves quietly when every report went in', () => {
    expect(afterBuildForStart({ ingestStatus: 0, built: true, failed: [] })).toEqual({ serve: true, lines: [], exitCode: 0 });
  });

  it('stops with the build code when there is no new site', () => {
    expect(afterBuildForStart({ ingestStatus: 2, built: false, failed: [] })).toMatchObject({ serve: false, exitCode: 2 });
    expect(afterBuildForStart({ ingestStatus: 0, built: false, failed: [] })).toMatchObject({ serve: false, exitCode: 1 });
  });

  it('counts the failed reports in words', () => {
    expect(describeFailed([bad, { ...bad, file: 'b.txt' }])[0]).toBe('2 reports failed to ingest and are not in the site:');
    expect(describeFailed([])).toEqual([]);
  });
});
