import { describe, expect, it } from 'vitest';
import { searchPartCount, searchPartFolder } from './search-parts.ts';

describe('search parts', () => {
  it('builds one part up to the part size, and one more for each further part size', () => {
    expect([0, 1, 20, 21, 40, 41].map((pages) => searchPartCount(pages, 20))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it("keeps Pagefind's own folder for the first part", () => {
    expect([0, 1, 2].map(searchPartFolder)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
  });
});
