import { describe, expect, it } from 'vitest';
import { locateArticle } from './locate-article.ts';

describe('locateArticle', () => {
  it('drops the footer below and loose chrome between; the header is left to the header stage', () => {
    const text = [
      'Thống kê truy cập', 'Tiêu đề', '10:34 15/12/2021', 'Đoạn một của bài viết có đủ nhiều chữ để thành một câu văn.', 'Chia sẻ', 'Đoạn hai.', 'LIÊM ĐOÀN', '(http://www.nguoidaibieu.com.vn/)',
      'Từ khóa:', 'Bình luận của bạn về bài viết...', 'captcha', 'Bản tin Pháp luật', 'Video clip',
      'Tìm kiếm theo chuyên mục - nội dung - ngày tháng', 'Tin Nóng', 'Lịch công tác trống', 'Website liên kết',
      'Thống kê truy cập', 'Hôm nay: 1911', 'Đã truy cập: 6556406',
    ].join('\n\n');
    const { lines, dropped } = locateArticle(text);
    expect(lines).toEqual(['Thống kê truy cập', 'Tiêu đề', '10:34 15/12/2021', 'Đoạn một của bài viết có đủ nhiều chữ để thành một câu văn.', 'Đoạn hai.', 'LIÊM ĐOÀN']);
    expect(dropped).toContain('Đã truy cập: 6556406');
    expect(dropped).toContain('(http://www.nguoidaibieu.com.vn/)');
  });

  it('keeps a section line that is not navigation ("KINH TẾ - CHÍNH TRỊ")', () => {
    expect(locateArticle('KINH TẾ - CHÍNH TRỊ\nTiêu đề').lines).toEqual(['KINH TẾ - CHÍNH TRỊ', 'Tiêu đề']);
  });
});
