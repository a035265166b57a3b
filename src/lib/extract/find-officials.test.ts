import { describe, expect, it } from 'vitest';
import { findOfficials } from './find-officials.ts';

describe('findOfficials', () => {
  it('is one person whatever the tone placement of the name, positions once each', () => {
    const texts = [
      'Đồng chí Nguyễn Văn Thuỵ – Phó Bí thư Thường trực Huyện uỷ chủ trì.',
      'Kết luận, đồng chí Phó Bí thư Thường Trực Huyện uỷ Nguyễn Văn Thụy nhấn mạnh.',
    ];
    expect(findOfficials(texts, 'Hà Nội')).toEqual([
      { name: 'Nguyễn Văn Thuỵ', positions: [{ stated: 'Phó Bí thư Thường trực Huyện uỷ', title: 'Phó Bí thư Thường trực Huyện uỷ' }] },
    ]);
  });

  it('folds an abbreviation into the title it stands for, and a title into a longer one', () => {
    const texts = ['Đồng chí Lê Tiến Nhật - Thành ủy viên, Bí thư Huyện ủy chủ trì.', 'Đồng chí Lê Tiến Nhật- TUV- Bí thư Huyện ủy Thanh Trì phát biểu.'];
    expect(findOfficials(texts, 'Hà Nội')[0]!.positions.map((p) => p.stated)).toEqual(['Thành ủy viên', 'Bí thư Huyện ủy Thanh Trì']);
  });
});

describe('findOfficials on a report that is one long paragraph', () => {
  it('finds each mention once and keeps one person with their positions', () => {
    const text = 'Đồng chí Nguyễn Văn Cương – Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện dự, '.repeat(2_000);
    const found = findOfficials([text], 'Hà Nội');
    expect(found).toHaveLength(1);
    expect(found[0]!.positions.map((p) => p.stated)).toEqual(['Phó Bí thư Huyện uỷ', 'Chủ tịch UBND huyện']);
  });
});
