import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { toneKey } from '../../vietnamese/tone-key.ts';
import { relatedArticles } from './related-articles.ts';

type Entry = { data: Article };
const entry = (slug: string, district: string | null, publishedAt: string | null): Entry => ({ data: { slug, district, publishedAt } as Article });

/** The ranking by its definition: every other article sorted by (same district, days apart, slug). */
function rankEverything(current: Entry, all: Entry[], count: number): Entry[] {
  const DAY = 24 * 60 * 60 * 1000;
  const key = (a: Article) => (a.district ? toneKey(a.district) : null);
  const time = (a: Article) => (a.publishedAt ? Date.parse(a.publishedAt) : Number.NaN);
  const here = current.data;
  return all
    .filter((other) => other !== current)
    .map((other) => {
      const gap = Math.abs(time(other.data) - time(here)) / DAY;
      return { other, group: key(here) !== null && key(other.data) === key(here) ? 0 : 1, distance: Number.isNaN(gap) ? Number.MAX_SAFE_INTEGER : gap };
    })
    .sort((a, b) => a.group - b.group || a.distance - b.distance || a.other.data.slug.localeCompare(b.other.data.slug))
    .slice(0, count)
    .map(({ other }) => other);
}

describe('relatedArticles', () => {
  const current = entry('now', 'Mỹ Đức', '2022-07-20T00:00:00+07:00');
  const all = [
    current,
    entry('other-near', 'Ba Chẽ', '2022-07-19T00:00:00+07:00'),
    entry('same-far', 'Mỹ Đức', '2019-01-01T00:00:00+07:00'),
    entry('same-near', 'Mỹ Đức', '2022-06-01T00:00:00+07:00'),
    entry('undated', null, null),
    entry('other-far', null, '2015-01-01T00:00:00+07:00'),
  ];

  it('puts the same district first, each group closest in time first, undated last', () => {
    expect(relatedArticles(current, all).map((e) => e.data.slug)).toEqual(['same-near', 'same-far', 'other-near', 'other-far', 'undated']);
  });

  it('never lists the article itself and respects the count', () => {
    expect(relatedArticles(current, all, 2).map((e) => e.data.slug)).toEqual(['same-near', 'same-far']);
  });

  it('treats tone placement variants of a district as one district', () => {
    const here = entry('here', 'Thuỵ Anh', '2022-07-20T00:00:00+07:00');
    const list = [here, entry('near', 'Ba Chẽ', '2022-07-20T01:00:00+07:00'), entry('variant', 'Thụy Anh', '2010-01-01T00:00:00+07:00')];
    expect(relatedArticles(here, list, 1).map((e) => e.data.slug)).toEqual(['variant']);
  });

  it('ranks exactly as sorting the whole archive does, ties and undated articles included', () => {
    const article = fc.record({
      slug: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'a-1', 'b-2', 'A', '10', '9'),
      district: fc.constantFrom(null, 'Mỹ Đức', 'Thuỵ Anh', 'Thụy Anh', 'Ba Chẽ'),
      publishedAt: fc.constantFrom(
        null,
        '2022-07-18T00:00:00+07:00',
        '2022-07-19T00:00:00+07:00',
        '2022-07-20T00:00:00+07:00',
        '2022-07-20T12:30:00+07:00',
        '2022-07-21T00:00:00+07:00',
        '2022-07-22T00:00:00+07:00',
        '2019-01-01T00:00:00+07:00',
      ),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: 0, max: 12 }), (records, pick, count) => {
        const list = records.map((r) => entry(r.slug, r.district, r.publishedAt));
        for (const here of [list[pick % list.length]!, entry('outside', 'Mỹ Đức', '2022-07-20T00:00:00+07:00')]) {
          expect(relatedArticles(here, list, count)).toEqual(rankEverything(here, list, count));
        }
      }),
      { numRuns: 500 },
    );
  });
});
