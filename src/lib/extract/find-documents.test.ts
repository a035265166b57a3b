import { describe, expect, it } from 'vitest';
import { findDocuments } from './find-documents.ts';

const place = { district: 'Mỹ Đức', province: 'Hà Nội' };
const ids = (text: string) => findDocuments([text], place).map((d) => [d.id, d.kind, d.scope, d.date]);

describe('findDocuments', () => {
  it('normalises spacing and case, so one document is cited once', () => {
    const texts = ['chương trình 04 - CTr / HU', 'chương trình 04 - CTR/ HU, ngày 24/12/2020 của huyện ủy', 'Chương trình 04-CTr/HU', 'chương trình 4 – CTr/ HU'];
    expect(findDocuments(texts, place).map((d) => [d.id, d.date, d.cited])).toEqual([['04-CTr/HU', '2020-12-24', 'chương trình 04 - CTr / HU']]);
  });

  it('reads party and state numbers, the kind from the type code', () => {
    expect(ids('Nghị quyết của số 245/2020/NQ-HĐND ngày 31/3/2020 của Hội đồng nhân dân tỉnh')).toEqual([['245/2020/NQ-HĐND', 'Nghị quyết', 'Hà Nội', '2020-03-31']]);
    expect(ids('Quyết định số 1234/QĐ-UBND ngày 5/6/2019 của UBND huyện')).toEqual([['1234/QĐ-UBND', 'Quyết định', 'Mỹ Đức, Hà Nội', '2019-06-05']]);
    expect(ids('Chỉ thị 05-CT/TW của Bộ Chính trị')).toEqual([['05-CT/TW', 'Chỉ thị', null, null]]);
  });

  it('keeps local documents of different places apart', () => {
    const hanoi = findDocuments(['Nghị quyết số 20-NQ/TU'], place);
    const quangNinh = findDocuments(['Nghị quyết số 20-NQ/TU'], { district: 'Ba Chẽ', province: 'Quảng Ninh' });
    expect([hanoi[0]!.scope, quangNinh[0]!.scope]).toEqual(['Hà Nội', 'Quảng Ninh']);
  });

  it('drops a printed date that is no calendar day', () => {
    expect(ids('Kế hoạch số 25-KH/HU ngày 31-2-2021')).toEqual([['25-KH/HU', 'Kế hoạch', 'Mỹ Đức, Hà Nội', null]]);
  });
});
