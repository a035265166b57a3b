import { describe, expect, it } from 'vitest';
import { findPlace } from './place.ts';

describe('findPlace', () => {
  it.each([
    [['Huyện ủy Kiến Thụy: Tập trung triển khai'], 'Kiến Thụy', 'Hải Phòng'],
    [['Huyện uỷ Kiến Thuỵ triển khai'], 'Kiến Thụy', 'Hải Phòng'],
    [['của huyện ủy Mỹ Đức giai đoạn'], 'Mỹ Đức', 'Hà Nội'],
    [['', 'Trung tâm TT&VH Ba Chẽ'], 'Ba Chẽ', 'Quảng Ninh'],
    [['Huyện ủy Châu Thành sơ kết'], 'Châu Thành', null],
    [['Huyện ủy Châu Thành, tỉnh Tiền Giang sơ kết'], 'Châu Thành', 'Tiền Giang'],
    [['chương trình công tác của Thành uỷ Hà Nội'], null, 'Hà Nội'],
    [['Thường trực Huyện uỷ tổ chức hội nghị', 'xã Nam Sơn, tỉnh lộ 330'], null, null],
    [['huyện Atlantis và Thành phố Gotham'], null, null],
  ])('%j', (texts, district, province) => {
    expect(findPlace(texts)).toEqual({ district, province });
  });
});
