import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, quoting only what needs it', () => {
    expect(toCsv(['a', 'b'], [['Huyện ủy, "Mỹ Đức"', null], [5, 'hai\ndòng']])).toBe('\uFEFFa,b\r\n"Huyện ủy, ""Mỹ Đức""",\r\n5,"hai\ndòng"\r\n');
  });
});
