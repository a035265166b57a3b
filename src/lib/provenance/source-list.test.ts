import { describe, expect, it } from 'vitest';
import { sameUrlDuplicates } from './same-url.ts';
import { readSourceList, SourceListError, withProvenance } from './source-list.ts';

const HEADER = 'file,url,site,fetched_at\n';

describe('readSourceList', () => {
  it('reads each row into the record field names, leaving empty columns out', () => {
    const list = readSourceList(`\uFEFF${HEADER}a.txt,https://myduc.hanoi.gov.vn/tin/1,"Cổng thông tin huyện Mỹ Đức, Hà Nội",2023-03-16\nsub/b.txt,http://x.gov.vn/2,,\n`);
    expect([...list]).toEqual([
      ['a.txt', { url: 'https://myduc.hanoi.gov.vn/tin/1', site: 'Cổng thông tin huyện Mỹ Đức, Hà Nội', fetchedAt: '2023-03-16' }],
      ['sub/b.txt', { url: 'http://x.gov.vn/2' }],
    ]);
  });

  it.each([
    ['a bad address', `${HEADER}a.txt,https://x.vn/1,,\nb.txt,myduc.hanoi.gov.vn/tin,,\n`, /^sources\.csv, line 3: the url column must be an http\(s\) address$/],
    ['a bad fetch date', `${HEADER}a.txt,https://x.vn/1,,16/03/2023\n`, /line 2: fetched_at must be a date written yyyy-mm-dd/],
    ['an empty file column', `${HEADER},https://x.vn/1,,\n`, /line 2: the file column is empty/],
    ['a file listed twice', `${HEADER}a.txt,https://x.vn/1,,\na.txt,https://x.vn/2,,\n`, /line 3: "a.txt" is already listed on line 2/],
    ['a row of the wrong length', `${HEADER}a.txt,https://x.vn/1\n`, /^sources\.csv: .*line 2/i],
  ])('rejects %s with the line of the row', (_, text, message) => {
    expect(() => readSourceList(text)).toThrow(SourceListError);
    expect(() => readSourceList(text)).toThrow(message);
  });

  it('rejects a row naming a file the input does not have', () => {
    expect(() => readSourceList(`${HEADER}missing.txt,https://x.vn/1,,\n`, new Set(['a.txt']))).toThrow('line 2: "missing.txt" is not a report in the input folder');
  });
});

describe('withProvenance', () => {
  it('adds the list’s fields to the source and leaves an unlisted report alone', () => {
    const report = { source: { file: 'a.txt', sha256: 'f'.repeat(64), encoding: 'utf-8' as const } };
    expect(withProvenance(report, { url: 'https://x.vn/1' }).source).toEqual({ ...report.source, url: 'https://x.vn/1' });
    expect(withProvenance(report, undefined)).toBe(report);
  });
});

describe('sameUrlDuplicates', () => {
  it('keeps the first report of one address in input order and maps the later ones to it', () => {
    const dropped = sameUrlDuplicates([
      { file: 'a.txt', provenance: { url: 'https://x.vn/1', fetchedAt: '2023-05-01' } },
      { file: 'b.txt', provenance: { url: 'https://x.vn/1', fetchedAt: '2023-04-01' } },
      { file: 'c.txt', provenance: { url: 'https://x.vn/1' } },
      { file: 'd.txt', provenance: { url: 'https://x.vn/2' } },
      { file: 'e.txt', provenance: { url: 'https://x.vn/2' } },
      { file: 'f.txt', provenance: undefined },
    ]);
    expect([...dropped]).toEqual([['b.txt', 'a.txt'], ['c.txt', 'a.txt'], ['e.txt', 'd.txt']]);
  });
});
