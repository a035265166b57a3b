import { describe, expect, it } from 'vitest';
import { locateArticle } from './locate-article.ts';

describe('locateArticle', () => {
  it('drops navigation above, the footer below and loose chrome between', () => {
    const text = [
      'Trang chủ', 'Tin mới', 'Tiêu đề', '10:34 15/12/2021', 'Đoạn một.', 'Chia sẻ', 'Đoạn hai.', 'LIÊM ĐOÀN',
      'Từ khóa:', 'Bình luận của bạn về bài viết...', 'captcha', 'Bản tin Pháp luật', 'Video clip',
      'Tìm kiếm theo chuyên mục - nội dung - ngày tháng', 'Tin Nóng', 'Lịch công tác trống', 'Website liên kết',
      'Thống kê truy cập', 'Hôm nay: 1911', 'Đã truy cập: 6556406',
    ].join('\n\n');
    const { lines, dropped } = locateArticle(text);
    expect(lines).toEqual(['Tiêu đề', '10:34 15/12/2021', 'Đoạn một.', 'Đoạn hai.', 'LIÊM ĐOÀN']);
    expect(dropped).toContain('Đã truy cập: 6556406');
  });

  it('keeps a section line that is not navigation ("KINH TẾ - CHÍNH TRỊ")', () => {
    expect(locateArticle('KINH TẾ - CHÍNH TRỊ\nTiêu đề').lines).toEqual(['KINH TẾ - CHÍNH TRỊ', 'Tiêu đề']);
  });
});
