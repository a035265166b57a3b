import { createHash } from 'node:crypto';
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

describe('uniqueSlugs on a large archive', () => {
  it('keeps slugs unique when two suffixes clash', () => {
    // Two keys whose hashes start alike, as thousands of same-named officials of unknown province produce.
    const prefixes = new Map<string, string>();
    let clash: [string, string] | undefined;
    for (let i = 0; !clash; i += 1) {
      const key = `nguyen van cuong|?bai-${i}`;
      const prefix = createHash('sha256').update(key).digest('hex').slice(0, 6);
      const earlier = prefixes.get(prefix);
      if (earlier) clash = [earlier, key];
      prefixes.set(prefix, key);
    }
    const groups = uniqueSlugs([{ key: 'a', slug: 'nguyen-van-cuong' }, ...clash.map((key) => ({ key, slug: 'nguyen-van-cuong' }))]);
    expect(new Set(groups.map((g) => g.slug)).size).toBe(3);
  });
});
