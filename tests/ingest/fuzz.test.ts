import { describe, expect, it } from 'vitest';
import { readFuzzPages } from '../../src/lib/fuzz/fuzz-pages-fs.ts';
import { fuzzInput, MUTATIONS } from '../../src/lib/fuzz/mutations.ts';
import { checkContract, runFuzz } from '../../src/lib/fuzz/run-fuzz.ts';

const pages = readFuzzPages();

/** The short run of `npm run fuzz` (which runs 100,000): the contract only, never a parse result or a time. */
describe('fuzz: mutated seeds and real pages', () => {
  it('mutates both the seeds and the real pages, the same way for the same input number', () => {
    expect(pages.some(([name]) => name.startsWith('content/raw/'))).toBe(true);
    expect(pages.some(([name]) => name.startsWith('tests/fixtures/realworld/raw/'))).toBe(true);
    expect(fuzzInput(pages, 42, 7)).toEqual(fuzzInput(pages, 42, 7));
    const used = new Set(Array.from({ length: 300 }, (_, index) => fuzzInput(pages, index, 1).mutations).flat());
    expect([...used].sort()).toEqual(MUTATIONS.map((mutation) => mutation.name).sort());
  });

  it('every input becomes an article or a clear rejection: no crash', () => {
    const figures = runFuzz(pages, 1500, 1);
    expect(figures.crashes.map(({ bytes: _bytes, ...crash }) => crash)).toEqual([]);
    expect(figures.articles).toBeGreaterThan(0);
    expect(Object.keys(figures.rejected).length).toBeGreaterThan(0);
  });

  it("tells an article from a rejection and keeps the rejection's reason", () => {
    expect(checkContract('x.txt', Buffer.from('Tiêu đề\n05/05/2020 09:00\nMột đoạn.\n')).kind).toBe('article');
    expect(checkContract('x.txt', Buffer.alloc(0))).toEqual({ kind: 'rejected', reason: 'the file is empty' });
    const hostile = 'Tiêu đề\n05/05/2020 09:00\nĐoạn <script>alert(1)</script> một.\n\nQuang cảnh <img src=x onerror=alert(1)>\n\nĐoạn cuối.\n';
    expect(checkContract('x.txt', Buffer.from(hostile)).kind).toBe('article');
  });
});
