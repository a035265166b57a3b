import { describe, expect, it } from 'vitest';
import { uniqueSlugs } from './unique-slugs.ts';

describe('uniqueSlugs', () => {
  it('lets the first key keep a shared slug and suffixes the others by their own hash', () => {
    const groups = uniqueSlugs([
      { key: 'nguyen van cuong2|ha noi', slug: 'nguyen-van-cuong-ha-noi' },
      { key: 'nguyen van cuong|ha noi', slug: 'nguyen-van-cuong-ha-noi' },
      { key: 'le minh hai|quang ninh', slug: 'le-minh-hai-quang-ninh' },
    ]);
    expect(groups.map((g) => g.slug)).toEqual(['le-minh-hai-quang-ninh', 'nguyen-van-cuong-ha-noi', expect.stringMatching(/^nguyen-van-cuong-ha-noi-[0-9a-f]{6}$/)]);
    expect(new Set(groups.map((g) => g.slug)).size).toBe(3);
  });
});
