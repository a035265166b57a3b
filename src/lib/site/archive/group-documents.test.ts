import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import type { CitedDocument } from '../../../schemas/entities.ts';
import { groupDocuments } from './group-documents.ts';

const doc = (id: string, level: CitedDocument['level'], scope: string | null, date: string | null = null) =>
  ({ id, kind: 'Nghị quyết', level, scope, date }) as CitedDocument;
const article = (slug: string, documents: CitedDocument[]) => ({ slug, documents }) as Article;

describe('groupDocuments', () => {
  const articles = [
    article('newest', [doc('20-NQ/TU', 'province', 'Quảng Ninh', '2019-12-02'), doc('05-CT/TW', 'national', null)]),
    article('middle', [doc('20-NQ/TU', 'province', 'Hà Nội'), doc('5-CT/TW', 'national', null), doc('01-NQ/HU', 'district', null)]),
    article('oldest', [doc('20-NQ/TU', 'province', 'Quảng Ninh'), doc('01-NQ/HU', 'district', null)]),
  ];
  const groups = groupDocuments(articles, (a) => a);

  it('keeps local documents of different places, or of unknown places, apart; merges "05" and "5"', () => {
    expect(groups.map((g) => [g.slug, g.citations.map((c) => c.slug), g.date])).toEqual([
      ['01-nq-hu', ['middle'], null],
      [expect.stringMatching(/^01-nq-hu-[0-9a-f]{6}$/), ['oldest'], null],
      ['5-ct-tw', ['middle', 'newest'], null],
      ['20-nq-tu-ha-noi', ['middle'], null],
      ['20-nq-tu-quang-ninh', ['oldest', 'newest'], '2019-12-02'],
    ]);
  });
});
