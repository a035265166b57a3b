import { describe, expect, it } from 'vitest';
import type { Article } from '../../schemas/article.ts';
import { relatedArticles } from './related-articles.ts';

const entry = (slug: string, district: string | null, publishedAt: string | null) => ({ data: { slug, district, publishedAt } as Article });

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
});
