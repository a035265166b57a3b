import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.ts';

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
  ])('%s', (line, authors, unit) => {
    expect(parseByline(line)).toEqual({ byline: line, authors, unit });
  });

  it.each([
    'Quang cảnh Hội nghị',
    'Hội nghị đã thống nhất các giải pháp.',
    'Đồng chí Lê Văn Trang - Phó Chủ tịch UBND huyện phát biểu ý kiến',
    'Một câu rất dài có nhiều chữ hơn mười bốn chữ thì không thể là dòng tên tác giả được đâu',
  ])('is not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});
