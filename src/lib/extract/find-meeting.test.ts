import { describe, expect, it } from 'vitest';
import { findMeeting } from './find-meeting.ts';

describe('findMeeting', () => {
  it('reads body, term, tenure, session and date from the lead', () => {
    expect(findMeeting('Ngày 2/4, BCH Đảng bộ huyện Thanh Trì khóa XXIV, nhiệm kỳ 2020 - 2025 tổ chức hội nghị lần thứ 5 .', '2021-04-02T13:49:00+07:00')).toEqual({
      kind: 'hoi-nghi-ban-chap-hanh',
      session: 5,
      body: 'BCH Đảng bộ huyện Thanh Trì',
      organ: 'Ban Chấp hành Đảng bộ huyện',
      term: 'khóa XXIV',
      tenure: '2020–2025',
      date: '2021-04-02',
      partOfDay: null,
    });
  });

  it('tells the kinds apart', () => {
    const kind = (lead: string) => findMeeting(lead, '2022-07-20T17:49:00+07:00')?.kind;
    expect(kind('Chiều 19/7, Thường trực Huyện uỷ tổ chức hội nghị giao ban đánh giá')).toBe('giao-ban');
    expect(kind('Sáng 19/7, Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 7.')).toBe('phien-hop');
    expect(kind('Ngày 19/7, HĐND huyện tổ chức kỳ họp thứ 14.')).toBe('ky-hop');
    expect(kind('Ngày 19/7, Huyện ủy Đông Anh tổ chức hội nghị triển khai nhiệm vụ.')).toBe('hoi-nghi');
    expect(kind('Ngày 19/7, Huyện ủy Kiến Thụy tổ chức Hội nghị lần thứ VIII tổng kết.')).toBe('hoi-nghi-ban-chap-hanh');
  });

  it('is null for bodies and events it does not know', () => {
    expect(findMeeting('Sáng 19/7, tại hội trường UBND huyện diễn ra lễ khai giảng.', null)).toBeNull();
    expect(findMeeting('Ngày 19/7, UBND huyện tổ chức lễ phát động Tết trồng cây.', null)).toBeNull();
  });
});
