import { describe, expect, it } from 'vitest';
import { parseDateLine } from './date-line.ts';

describe('parseDateLine', () => {
  it.each([
    ['Publish date 20/07/2022 | 17:49  | View count: 555', '2022-07-20T17:49:00+07:00', 'datetime', 555],
    ['Ngày đăng 15/03/2023 | 08:00 | View count: 72', '2023-03-15T08:00:00+07:00', 'datetime', 72],
    ['10:34 15/12/2021', '2021-12-15T10:34:00+07:00', 'datetime', null],
    ['05/05/2020 09:00', '2020-05-05T09:00:00+07:00', 'datetime', null],
    ['Cập nhật: 19/11/2020', '2020-11-19T00:00:00+07:00', 'date', null],
    ['Lượt xem: 5547', null, 'none', 5547],
    ['Lượt xem: 12.345', null, 'none', 12345],
    ['235 Lượt xem', null, 'none', 235],
    ['15-03-2023 - 08:00', '2023-03-15T08:00:00+07:00', 'datetime', null],
    ['THỨ BA, 25/02/2020 08:51:00', '2020-02-25T08:51:00+07:00', 'datetime', null],
    ['2020-02-25 08:51:00', '2020-02-25T08:51:00+07:00', 'datetime', null],
    ['2020-02-25T01:51:00Z', '2020-02-25T08:51:00+07:00', 'datetime', null],
    ['Cập nhật lúc 17:33, Thứ Năm, 27/04/2017 (GMT+7)', '2017-04-27T17:33:00+07:00', 'datetime', null],
    ['Tháng 7/2022', '2022-07-01T00:00:00+07:00', 'month', null],
    ['Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27', '2013-12-05T15:42:27+07:00', 'datetime', 7370],
    ['Thứ Tư, 08/04/2015, 08:11 [GMT+7]', '2015-04-08T08:11:00+07:00', 'datetime', null],
    ['Thứ 4, 22.07.2020 | 08:13:00', '2020-07-22T08:13:00+07:00', 'datetime', null],
    ['Đăng ngày 08-10-2018 15:27', '2018-10-08T15:27:00+07:00', 'datetime', null],
    ['Cập nhật lúc: 30/11/2023', '2023-11-30T00:00:00+07:00', 'date', null],
    ['Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)', '2018-02-08T09:53:00+07:00', 'datetime', null],
    ['18:05, 14/03/2024', '2024-03-14T18:05:00+07:00', 'datetime', null],
    ['Ngày 19-02-2021', '2021-02-19T00:00:00+07:00', 'date', null],
    ['Chủ nhật - 09/10/2022 22:584120', '2022-10-09T22:58:00+07:00', 'datetime', 412],
    ['Thứ Ba - 04/10/2022 04:161.0040', '2022-10-04T04:16:00+07:00', 'datetime', 1004],
    ['Đăng lúc: 10:20 - 12/05/2024', '2024-05-12T10:20:00+07:00', 'datetime', null],
    ['17h49 20/07/2022', '2022-07-20T17:49:00+07:00', 'datetime', null],
    ['Ngày 12 tháng 5 năm 2024', '2024-05-12T00:00:00+07:00', 'date', null],
    ['2024/05/12 08:00 PM', '2024-05-12T20:00:00+07:00', 'datetime', null],
    ['Ngày đăng: 12/05/2024 | Lượt xem: 123 | In bài | Chia sẻ', '2024-05-12T00:00:00+07:00', 'date', 123],
  ])('%s', (line, publishedAt, precision, views) => {
    expect(parseDateLine(line)).toMatchObject({ publishedAt, precision, views, before: null });
  });

  it.each([
    ['Xã hội 17-06-2022', 'Xã hội'],
    ['Audio thời sự 27-05-2020', 'Audio thời sự'],
    ['L.Phương - 10:51, 08/09/2022', 'L.Phương'],
    ['Văn Hoa - 05:32, 24/11/2023', 'Văn Hoa'],
  ])('a section or an author before the date: %s', (line, before) => {
    expect(parseDateLine(line)?.before).toBe(before);
  });

  it('an author field on the date line', () => {
    expect(parseDateLine('Thứ sáu, 12/04/2024 - 15:30 | Tác giả: Hoàng Nam | Lượt xem: 1.234')).toMatchObject({
      publishedAt: '2024-04-12T15:30:00+07:00',
      views: 1234,
      author: 'Hoàng Nam',
    });
  });

  it('tells a long-form date (header clocks, print headers) and a publication label apart', () => {
    expect(parseDateLine('Thứ hai, ngày 24 tháng 02 năm 2025')).toMatchObject({ longForm: true, labelled: false });
    expect(parseDateLine('Hải Phòng, ngày 5 tháng 3 năm 2024')).toMatchObject({ longForm: true, before: 'Hải Phòng' });
    expect(parseDateLine('Ngày đăng: 15/03/2023')).toMatchObject({ longForm: false, labelled: true });
  });

  it.each([
    'Chiều 19/7, Thường trực Huyện uỷ tổ chức hội nghị giao ban',
    'Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị',
    'Hội nghị ngày 15/3/2023: Huyện ủy Thạch Thất đánh giá công tác quý I',
    'Sáng ngày 28-10-2024, đồng chí Lê Bích Phượng đến kiểm tra',
    'Vĩnh Linh: Đại hội MTTQ Việt Nam các cấp hoàn thành trước 30/6/2024',
    '(23/01/1984 – 23/01/2024)',
    '31/02/2020',
    '25/02/2020 25:61',
    'Năm 2021',
    '',
  ])('is not a date line: %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
