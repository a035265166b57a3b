import { describe, expect, it } from 'vitest';
import { HEADLINE_WARNING, parseHeader } from './header.ts';
import { ReportError } from './report-error.ts';

const TITLE = 'Huyện ủy Ba Vì giao ban công tác tháng 11 năm 2020';
const LEAD = 'Sáng 18/11, Thường trực Huyện ủy Ba Vì tổ chức hội nghị giao ban công tác tháng 11, triển khai nhiệm vụ trọng tâm tháng 12 năm 2020.';

describe('parseHeader', () => {
  it('category, title, date line', () => {
    const header = parseHeader(['KINH TẾ - CHÍNH TRỊ', TITLE, 'Publish date 20/07/2022 | 17:49 | View count: 555', LEAD]);
    expect(header).toEqual({
      category: 'KINH TẾ - CHÍNH TRỊ',
      title: TITLE,
      date: { publishedAt: '2022-07-20T17:49:00+07:00', precision: 'datetime', views: 555 },
      dateLineAuthors: [],
      body: [LEAD],
      warnings: [],
    });
  });

  it('date line before the title', () => {
    const header = parseHeader(['10:34 15/12/2021', TITLE, LEAD]);
    expect([header.title, header.category, header.body, header.date.publishedAt]).toEqual([TITLE, null, [LEAD], '2021-12-15T10:34:00+07:00']);
  });

  it('a date line followed by a view count line', () => {
    const header = parseHeader([TITLE, 'Cập nhật: 19/11/2020', 'Lượt xem: 5547', LEAD]);
    expect([header.date, header.body]).toEqual([{ publishedAt: '2020-11-19T00:00:00+07:00', precision: 'date', views: 5547 }, [LEAD]]);
  });

  it('skip links, language switchers, mastheads and portlet titles are never the headline', () => {
    for (const chrome of ['Skip to main content', 'Truy cập nội dung luôn', 'Tiếng Việt | English', 'Analytic', 'Truyền hình Đại Lộc', 'Xuất bản thông tin', 'Chi tiết - Huyện Vĩnh Linh', 'xem-chi-tiet-tin - Sở Nội Vụ', '.', 'Cổng thông tin điện tử']) {
      const header = parseHeader([chrome, TITLE, LEAD]);
      expect([header.title, header.category, header.warnings]).toEqual([TITLE, null, ['no publication date line found in the header']]);
    }
  });

  it('a header clock above the headline is not the publication date; the date line beside it is', () => {
    const header = parseHeader(['Analytic', 'Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27', TITLE, 'Văn Hoa - 05:32, 24/11/2023', LEAD]);
    expect([header.title, header.date.publishedAt, header.dateLineAuthors]).toEqual([TITLE, '2023-11-24T05:32:00+07:00', ['Văn Hoa']]);
  });

  it('a clock and counters with no date line beside the headline give no date', () => {
    const header = parseHeader(['Thứ hai, ngày 24 tháng 02 năm 2025', 'THỐNG KÊ TRUY CẬP', 'Hôm nay:', TITLE, LEAD]);
    expect([header.title, header.date.publishedAt]).toEqual([TITLE, null]);
  });

  it('the headline beside the date line and repeated by the lead wins over a line of chrome it does not know', () => {
    const header = parseHeader(['Đánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?', 'Cập nhật lúc: 30/11/2023', TITLE, LEAD]);
    expect([header.title, header.date.publishedAt]).toEqual([TITLE, '2023-11-30T00:00:00+07:00']);
  });

  it('a section on the date line, under the headline, or in a breadcrumb', () => {
    expect(parseHeader([TITLE, 'Xã hội 17-06-2022', LEAD]).category).toBe('Xã hội');
    expect(parseHeader([TITLE, 'Tin các xã, thị trấn', LEAD]).category).toBe('Tin các xã, thị trấn');
    expect(parseHeader(['Trang chủ > Tin tức > Tin hoạt động', TITLE, LEAD]).category).toBe('Tin hoạt động');
    expect(parseHeader(['Chi tiết bài viết Bầu Cử', TITLE, LEAD]).category).toBe('Bầu Cử');
    expect(parseHeader(['Trang chủ Tin tức <img src=x onerror=alert(1)>', TITLE, LEAD]).category).toBe('Tin tức <img src=x onerror=alert(1)');
    expect(parseHeader(['Trang chủ >>', TITLE, LEAD]).category).toBeNull();
  });

  it('a headline printed twice is read once', () => {
    expect(parseHeader([TITLE, TITLE, LEAD]).body).toEqual([LEAD]);
    expect(parseHeader([`null ${TITLE}`, 'Chi tiết bài viết Bầu Cử', TITLE, LEAD]).title).toBe(TITLE);
  });

  it('the page title with the site name above the headline is not the headline', () => {
    expect(parseHeader([`${TITLE} - Cổng thông tin điện tử huyện Ba Vì`, TITLE, LEAD]).title).toBe(TITLE);
  });

  it('a page without a headline keeps its text, titled by the lead with a warning', () => {
    const header = parseHeader([LEAD, 'Đoạn hai.', 'Văn Khanh']);
    expect(header.title).toBe(LEAD);
    expect(header.body).toEqual([LEAD, 'Đoạn hai.', 'Văn Khanh']);
    expect(header.warnings[0]).toMatch(new RegExp(`^${HEADLINE_WARNING}`));
  });

  it('a headline printed after the body is found there', () => {
    const header = parseHeader([LEAD, TITLE]);
    expect([header.title, header.body]).toEqual([TITLE, [LEAD]]);
  });

  it('a long menu above the headline does not push it out of sight', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `• Mục ${i}`);
    const header = parseHeader(['Trang chủ', ...menu, TITLE, '19/11/2020', LEAD]);
    expect([header.title, header.date.publishedAt, header.body]).toEqual([TITLE, '2020-11-19T00:00:00+07:00', [LEAD]]);
  });

  it('an event date in the lead is not the publication date', () => {
    expect(parseHeader([TITLE, 'Chiều 19/7, hội nghị giao ban.', 'Đoạn hai.']).date.publishedAt).toBeNull();
  });

  it('a page of nothing but chrome is rejected', () => {
    expect(() => parseHeader(['Thứ năm, 19/03/2026 - 16:00', 'Hotline: (02133) 878 436', '• Trang chủ', '• Chính trị'])).toThrow(ReportError);
  });
});
