import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonPieces } from './json-pieces.ts';

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify(value, null, 1) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 1));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the open data shape the same, with undefined fields left out and empty lists closed up', () => {
    const value = { articles: [{ slug: 'a', district: undefined, tags: [], body: 'Dòng một\nDòng hai "trích"' }, { slug: 'b', nested: { x: [1, { y: null }] } }], officials: [], documents: [{}] };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 1));
  });

  it('gives one piece per article, none of them the whole document', () => {
    const value = { articles: Array.from({ length: 50 }, (_, i) => ({ slug: `bai-${i}`, body: 'x'.repeat(100) })) };
    const pieces = [...jsonPieces(value)];
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200);
  });
});

describe('jsonChunks', () => {
  it('gives the same bytes as JSON.stringify(value, null, 1) in UTF-8', () => {
    const value = { articles: Array.from({ length: 3000 }, (_, i) => ({ slug: `bài-${i}`, body: 'Đảng ủy huyện '.repeat(40) })) };
    expect(Buffer.concat(jsonChunks(value)).equals(Buffer.from(JSON.stringify(value, null, 1)))).toBe(true);
  });
});
