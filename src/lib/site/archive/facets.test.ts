import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { groupByFacet } from './facets.ts';

const article = (fields: Partial<Article>) => ({ publishedAt: null, district: null, province: null, category: null, ...fields }) as Article;

describe('groupByFacet', () => {
  it('puts both tone placements of one value in one group, under the first spelling', () => {
    const items = [article({ district: 'Kiến Thụy' }), article({ district: 'Kiến Thuỵ' }), article({ district: 'Ba Chẽ' })];
    const groups = groupByFacet(items, 'district', (a) => a);
    expect(groups.map((g) => [g.slug, g.label, g.items.length])).toEqual([
      ['ba-che', 'Ba Chẽ', 1],
      ['kien-thuy', 'Kiến Thụy', 2],
    ]);
  });

  it('keeps every repeat of a spelling in its group, in the given order', () => {
    const items = ['Kiến Thụy', 'Ba Chẽ', 'Kiến Thuỵ', 'Kiến Thụy', 'Ba Chẽ', 'Kiến Thuỵ'].map((district, views) => article({ district, views }));
    const groups = groupByFacet(items, 'district', (a) => a);
    expect(groups.map((g) => [g.label, g.items.map((a) => a.views)])).toEqual([
      ['Ba Chẽ', [1, 4]],
      ['Kiến Thụy', [0, 2, 3, 5]],
    ]);
  });

  it('groups years newest first and skips undated articles', () => {
    const items = [
      article({ publishedAt: '2020-05-05T09:00:00+07:00' }),
      article({ publishedAt: '2022-07-20T17:49:00+07:00' }),
      article({}),
    ];
    expect(groupByFacet(items, 'year', (a) => a).map((g) => g.label)).toEqual(['2022', '2020']);
  });
});
