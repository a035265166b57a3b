import { describe, expect, it } from 'vitest';
import type { Report } from '../../schemas/article.ts';
import { HEADLINE_WARNING } from '../parse/header.ts';
import type { HandCheckedPage } from './hand-checked.ts';
import { scorePages } from './score-pages.ts';

const page: HandCheckedPage = { file: 'a.txt', title: 'Tiêu đề', date: '2020-03-02', time: '10:50', views: null, category: null, authors: ['Cao Khánh'], unit: null };
const report = {
  title: 'Tiêu  đề',
  publishedAt: '2020-03-02T10:50:00+07:00',
  datePrecision: 'datetime',
  views: null,
  category: null,
  authors: ['Cao Khánh'],
  unit: null,
  warnings: [],
} as unknown as Report;

describe('scorePages', () => {
  it('counts a page right when every field matches, whitespace folded in the title', () => {
    expect(scorePages([{ name: 'a', outcome: { report }, expected: page }])).toMatchObject({ count: 1, misses: [], inventedDates: [] });
  });

  it('a time is only scored when the record says the time was printed', () => {
    const dateOnly = { ...report, datePrecision: 'date' } as Report;
    expect(scorePages([{ name: 'a', outcome: { report: dateOnly }, expected: page }]).misses).toEqual([{ name: 'a', field: 'time', got: null, want: '10:50' }]);
  });

  it('a page without a headline is right only when rejected or warned about', () => {
    const untitled = { ...page, title: null };
    const silent = scorePages([{ name: 'a', outcome: { report }, expected: untitled }]);
    const warned = scorePages([{ name: 'a', outcome: { report: { ...report, warnings: [`${HEADLINE_WARNING} x`] } }, expected: untitled }]);
    const rejected = scorePages([{ name: 'a', outcome: { error: 'no headline' }, expected: untitled }]);
    expect([silent.accuracy.title, warned.accuracy.title, rejected.accuracy.title]).toEqual([0, 1, 1]);
  });

  it('a date on a page that prints none is invented', () => {
    const score = scorePages([{ name: 'a', outcome: { report }, expected: { ...page, date: null, time: null } }]);
    expect(score.inventedDates).toEqual(['a']);
  });

  it('an empty set scores 0, so a lost folder cannot pass', () => {
    expect(scorePages([]).accuracy.title).toBe(0);
  });
});
