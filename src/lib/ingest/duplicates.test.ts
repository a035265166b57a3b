import { describe, expect, it } from 'vitest';
import { bodySimilarity, findReposts, repostCandidates, sameTextAs, type ReportIdentity } from './duplicates.ts';

const report = (textKey: string, title = 'T', publishedAt: string | null = '2020-05-05T09:00:00+07:00'): ReportIdentity => ({ textKey, title, publishedAt });

describe('duplicates', () => {
  it('joins each report to the first of the same text', () => {
    expect(sameTextAs([report('a'), report('b'), report('a'), report('a')])).toEqual([-1, -1, 0, 0]);
  });

  it('only same title and same printed time can be reposts', () => {
    const reports = [report('a'), report('b', 'T', null), report('c', 'U'), report('d'), report('e', 'T', null)];
    expect(repostCandidates(reports)).toEqual([[0, 3]]);
  });

  it('measures how much of two bodies is the same', () => {
    const body = 'một hai ba bốn năm sáu bảy tám chín mười';
    expect(bodySimilarity(body, body)).toBe(1);
    expect(bodySimilarity(body, 'khác hẳn chẳng có gì chung cả')).toBe(0);
    expect(bodySimilarity(body, `${body} mười một`)).toBeCloseTo(8 / 10);
  });

  it('links near-identical bodies both ways, and leaves a different one alone', () => {
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const bodies = [long, `${long} Thêm một câu.`, 'Một bài khác hẳn về nội dung, cùng tiêu đề và giờ đăng.'];
    const links = findReposts([0, 1, 2], (index) => bodies[index]!);
    expect(Object.fromEntries(links)).toEqual({ 0: [1], 1: [0] });
  });
});
