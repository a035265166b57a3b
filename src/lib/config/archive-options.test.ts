import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveArgs, archiveEnv, archiveOptionsFromEnv, parseArchiveArgs, UsageError } from './archive-options.ts';

describe('the archive options', () => {
  it('default to the bundled archive, the report beside the collection', () => {
    expect(parseArchiveArgs([], {})).toEqual({
      input: resolve('content/raw'),
      output: resolve('content/articles'),
      report: resolve('content/ingest-report.json'),
      strict: false,
      allowEmpty: false,
      help: false,
      searchPartPages: 20_000,
    });
  });

  it('take the size of a search index part from SEARCH_PART_PAGES, and refuse one that is not a count', () => {
    expect(archiveOptionsFromEnv({ SEARCH_PART_PAGES: '500' }).searchPartPages).toBe(500);
    for (const bad of ['0', '-3', '1.5', 'many']) expect(() => archiveOptionsFromEnv({ SEARCH_PART_PAGES: bad })).toThrow(/SEARCH_PART_PAGES/);
  });

  it('take RAW_DIR and ARTICLES_DIR, and the command line over them', () => {
    const env = { RAW_DIR: '/srv/raw', ARTICLES_DIR: '/srv/articles' };
    expect(archiveOptionsFromEnv(env)).toMatchObject({ input: '/srv/raw', output: '/srv/articles', report: '/srv/ingest-report.json' });
    expect(parseArchiveArgs(['--input', '/data/raw'], env)).toMatchObject({ input: '/data/raw', output: '/srv/articles' });
  });

  it('reach Astro unchanged: the build hands them over in the environment and back', () => {
    const options = parseArchiveArgs(['--input', '/data/raw', '--output', '/data/out', '--strict'], {});
    expect(archiveOptionsFromEnv(archiveEnv(options))).toMatchObject({ input: '/data/raw', output: '/data/out' });
    expect(parseArchiveArgs(archiveArgs(options), {})).toEqual(options);
  });

  it('an unknown option is a usage error', () => {
    expect(() => parseArchiveArgs(['--bogus'], {})).toThrow(UsageError);
  });
});
