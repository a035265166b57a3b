import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { sortArticles } from './sort-articles.ts';

const entry = (slug: string, publishedAt: string | null) => ({ data: { slug, publishedAt } as Article });

describe('sortArticles', () => {
  it('puts the newest first, undated last, and breaks ties by slug', () => {
    const sorted = sortArticles([
      entry('undated', null),
      entry('old', '2020-05-05T09:00:00+07:00'),
      entry('b-same-time', '2022-07-20T17:49:00+07:00'),
      entry('a-same-time', '2022-07-20T17:49:00+07:00'),
      entry('new', '2023-03-15T08:00:00+07:00'),
    ]);
    expect(sorted.map((e) => e.data.slug)).toEqual(['new', 'a-same-time', 'b-same-time', 'old', 'undated']);
  });
});
