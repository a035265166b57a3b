import { describe, expect, it } from 'vitest';
import { toQueryForm } from './index-form.ts';
import { planQuery } from './prepare-query.ts';

describe('planQuery', () => {
  it.each([
    ['giai phong mat bang', 'giai phong mat bang', 4, []],
    ['  Huyện   uỷ  ', 'Huyện uỷ', 2, []],
    ['nghị quyết 20-NQ/TU', 'nghị quyết 20-NQ/TU', 3, ['20-NQ/TU']],
    ['04 - CTr / HU', '04-CTr/HU', 1, ['04-CTr/HU']],
    ['245/2020/NQ-HĐND năm 2020', '245/2020/NQ-HĐND năm 2020', 3, ['245/2020/NQ-HĐND']],
    ['"giải phóng mặt bằng"', 'giải phóng mặt bằng', 4, ['giải phóng mặt bằng']],
    ['kết quả "hội nghị giao ban" tháng 4', 'kết quả hội nghị giao ban tháng 4', 8, ['hội nghị giao ban']],
    ['tỉnh lộ 363', 'tỉnh lộ 363', 3, []],
  ])('%j', (query, phrase, length, required) => {
    const plan = planQuery(query);
    expect(plan).toEqual({ pagefind: plan.pagefind, phrase, length, required });
    expect(plan.pagefind).toBe(toQueryForm(phrase));
  });

  it('never sends quotes, so Pagefind never takes its exact mode', () => {
    expect(planQuery('"Đảng ủy" huyện').pagefind).not.toMatch(/"/);
  });

  it('puts đ in the index form and composes NFD input', () => {
    expect(planQuery('Đảng'.normalize('NFD')).pagefind).toBe('Ďảng');
  });
});
