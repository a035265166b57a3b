import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it.each([
    ['Huyện ủy Kiến Thụy: Tập trung triển khai 12 nhiệm vụ', 'huyen-uy-kien-thuy-tap-trung-trien-khai-12-nhiem-vu'],
    ['Đảng, đoàn thể', 'dang-doan-the'],
    ['chương trình 04 - CTr / HU', 'chuong-trinh-04-ctr-hu'],
    ['../../etc/passwd', 'etc-passwd'],
    ['***', 'bai-viet'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('gives NFC and NFD input the same slug', () => {
    expect(slugify('Mỹ Đức'.normalize('NFD'))).toBe(slugify('Mỹ Đức'));
  });

  it('stays ASCII, short, and free of path separators', () => {
    const slug = slugify('Hội nghị '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
