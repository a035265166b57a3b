import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import type { CitedDocument } from '../../../schemas/entities.ts';
import { groupDocuments } from '../archive/group-documents.ts';
import type { ArticleEntry } from '../collection/load-articles.ts';
import { DOCUMENT_COLUMNS, documentRows } from './open-data.ts';

const cite = (id: string, cited: string) => ({ id, kind: 'Chỉ thị', level: 'national', scope: null, date: null, cited }) as unknown as CitedDocument;
const entry = (slug: string, publishedAt: string, documents: CitedDocument[]) => ({ data: { slug, publishedAt, documents } as Article }) as ArticleEntry;

describe('documentRows', () => {
  it("gives each citation the words of its own report, however that report spelt the number", () => {
    const articles = [entry('newer', '2022-01-01T00:00:00+07:00', [cite('5-CT/TW', 'Chỉ thị 5-CT/TW')]), entry('older', '2021-01-01T00:00:00+07:00', [cite('05-CT/TW', 'Chỉ thị số 05-CT/TW')])];
    const rows = documentRows(groupDocuments(articles, (e) => e.data));
    const column = (name: string) => rows.map((row) => row[DOCUMENT_COLUMNS.indexOf(name)]);
    expect(column('article_slug')).toEqual(['older', 'newer']);
    expect(column('cited')).toEqual(['Chỉ thị số 05-CT/TW', 'Chỉ thị 5-CT/TW']);
    expect(column('id')).toEqual(['05-CT/TW', '05-CT/TW']);
  });
});
