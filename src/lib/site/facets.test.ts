import { describe, expect, it } from 'vitest';
import type { Article } from '../../schemas/article.ts';
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

  it('groups years newest first and skips undated articles', () => {
    const items = [
      article({ publishedAt: '2020-05-05T09:00:00+07:00' }),
      article({ publishedAt: '2022-07-20T17:49:00+07:00' }),
      article({}),
    ];
    expect(groupByFacet(items, 'year', (a) => a).map((g) => g.label)).toEqual(['2022', '2020']);
  });
});
