import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, quoting only what needs it', () => {
    expect(toCsv(['a', 'b'], [['Huyện ủy, "Mỹ Đức"', null], [5, 'hai\ndòng']])).toBe('\uFEFFa,b\r\n"Huyện ủy, ""Mỹ Đức""",\r\n5,"hai\ndòng"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://example.com/x","Bấm để xem")', `"'=HYPERLINK(""http://example.com/x"",""Bấm để xem"")"`],
    ['+1 tin', `"'+1 tin"`],
    ['- Hội nghị', `"'- Hội nghị"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a text cell a spreadsheet would run as a formula: %j', (cell, written) => {
    expect(toCsv(['title'], [[cell]])).toBe(`\uFEFFtitle\r\n${written}\r\n`);
  });

  it('leaves numbers, and text that only contains those signs, alone', () => {
    expect(toCsv(['a', 'b'], [[-5, 'Quyết định 1+1=2']])).toBe('\uFEFFa,b\r\n-5,Quyết định 1+1=2\r\n');
  });
});
