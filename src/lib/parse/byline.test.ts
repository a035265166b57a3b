import { describe, expect, it } from 'vitest';
import { parseByline, parseClosingByline } from './byline.ts';

describe('parseByline', () => {
  it.each([
    ['Thu Nghĩa – Trung tâm VHTT&TT huyện', ['Thu Nghĩa'], 'Trung tâm VHTT&TT huyện'],
    ['Thu An – Hữu Khánh', ['Thu An', 'Hữu Khánh'], null],
    ['LIÊM ĐOÀN', ['LIÊM ĐOÀN'], null],
    ['Bình Minh/Trung tâm TT&VH Ba Chẽ', ['Bình Minh'], 'Trung tâm TT&VH Ba Chẽ'],
    ['Thanh Hồng - Trung tâm Văn hóa - TT&TT(Tin TH)', ['Thanh Hồng'], 'Trung tâm Văn hóa - TT&TT(Tin TH)'],
    ['Ngọc Anh, Minh Tuấn', ['Ngọc Anh', 'Minh Tuấn'], null],
    ['Tin, ảnh: Hồng Nhung', ['Hồng Nhung'], null],
    ['Văn Hùng – Đài Truyền thanh huyện', ['Văn Hùng'], 'Đài Truyền thanh huyện'],
    ['Theo: Thúy Hường', ['Thúy Hường'], null],
    ['Thực hiện: Dương Chiêm', ['Dương Chiêm'], null],
    ['Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng', ['Đỗ Thuần'], 'Chi bộ Các cơ quan Đảng'],
    ['LTT - Theo BaoHatinh.vn', ['LTT'], null],
    ['X.Trinh', ['X.Trinh'], null],
    ['NGỌC TUYỀN', ['NGỌC TUYỀN'], null],
    ['Mỹ Linh – Thanh Hoa', ['Mỹ Linh', 'Thanh Hoa'], null],
    ['Lệ Thủy – Văn Huyến – Quang Hiếu', ['Lệ Thủy', 'Văn Huyến', 'Quang Hiếu'], null],
    ['Minh Anh (Trung tâm VHTT&TT huyện)', ['Minh Anh'], 'Trung tâm VHTT&TT huyện'],
    ['Báo Sơn La', [], 'Báo Sơn La'],
    ['BBT', [], 'BBT'],
    ['Nguồn: Ban Dân vận Huyện ủy', [], 'Ban Dân vận Huyện ủy'],
    ['Hồng Nhung (tổng hợp)', ['Hồng Nhung'], null],
    ['Tin: Minh Anh - Ảnh: Thu Hà', ['Minh Anh', 'Thu Hà'], null],
  ])('%s', (line, authors, unit) => {
    expect(parseByline(line)).toEqual({ byline: line, authors, unit });
  });

  it.each([
    'Quang cảnh Hội nghị',
    'Hội nghị đã thống nhất các giải pháp.',
    'Đồng chí Lê Văn Trang - Phó Chủ tịch UBND huyện phát biểu ý kiến',
    'Một câu rất dài có nhiều chữ hơn mười bốn chữ thì không thể là dòng tên tác giả được đâu',
    'Đảng bộ huyện Cần G',
    'Thực hiện:',
  ])('is not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('parseClosingByline', () => {
  it.each([
    [['Đoạn.', 'Thực hiện:', 'Lê Thương'], ['Lê Thương'], null],
    [['Đoạn.', 'Bài: Huỳnh Luân', 'Ảnh: Hồng Nhị'], ['Huỳnh Luân', 'Hồng Nhị'], null],
    [['Đoạn.', 'Minh Kiên', 'Trung tâm VHTT&TT Hữu Lũng'], ['Minh Kiên'], 'Trung tâm VHTT&TT Hữu Lũng'],
    [['Đoạn.', 'Nguyễn Thị Tuyết', 'Ban Tuyên giáo Huyện ủy'], ['Nguyễn Thị Tuyết'], 'Ban Tuyên giáo Huyện ủy'],
    [['Đoạn.', 'Tin, ảnh: Cao Khánh'], ['Cao Khánh'], null],
  ])('%j', (lines, authors, unit) => {
    expect(parseClosingByline(lines)?.byline).toMatchObject({ authors, unit });
  });

  it('a photo credit alone is not the byline', () => {
    expect(parseClosingByline(['Đoạn.', 'Đoạn hai.', 'Ảnh: Hồng Nhị'])).toBeNull();
  });

  it('keeps the line break of a byline over two lines', () => {
    expect(parseClosingByline(['Đoạn.', 'Bài: Huỳnh Luân', 'Ảnh: Hồng Nhị'])).toEqual({
      byline: { byline: 'Bài: Huỳnh Luân\nẢnh: Hồng Nhị', authors: ['Huỳnh Luân', 'Hồng Nhị'], unit: null },
      lines: 2,
    });
  });
});
