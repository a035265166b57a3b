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
    ['15-03-2023 - 08:00', '2023-03-15T08:00:00+07:00', 'datetime', null],
    ['THỨ BA, 25/02/2020 08:51:00', '2020-02-25T08:51:00+07:00', 'datetime', null],
    ['2020-02-25 08:51:00', '2020-02-25T08:51:00+07:00', 'datetime', null],
    ['Cập nhật lúc 17:33, Thứ Năm, 27/04/2017 (GMT+7)', '2017-04-27T17:33:00+07:00', 'datetime', null],
    ['Tháng 7/2022', '2022-07-01T00:00:00+07:00', 'month', null],
  ])('%s', (line, publishedAt, precision, views) => {
    expect(parseDateLine(line)).toEqual({ publishedAt, precision, views });
  });

  it.each([
    'Chiều 19/7, Thường trực Huyện uỷ tổ chức hội nghị giao ban',
    'Ngày 04/5, Ban Thường vụ Huyện ủy tổ chức hội nghị',
    'Hội nghị ngày 15/3/2023: Huyện ủy Thạch Thất đánh giá công tác quý I',
    '31/02/2020',
    '25/02/2020 25:61',
    'Năm 2021',
    '',
  ])('is not a date line: %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});
