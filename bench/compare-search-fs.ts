import { findPhrases } from '../src/lib/search/find-matches.ts';
import { planQuery } from '../src/lib/search/prepare-query.ts';
import { readPage, textOf } from '../tests/support/static-site-fs.ts';
import type { ComparedQuery, SearchComparison } from './compare-table.ts';
import { measureSearch, medianOfRuns, type SearchSummary } from './measure-search-fs.ts';
import { writeStockSearch } from './stock-pagefind-fs.ts';

/**
 * The queries both searches are measured on, as readers type them: with their marks
 * (where stock Pagefind finds the same pages as ours) and without, or with d for đ
 * (where it finds fewer). Document numbers need no marks, so they count as typed with them.
 */
export const COMPARED_QUERIES: { query: string; marks: boolean }[] = [
  { query: 'giải phóng mặt bằng', marks: true },
  { query: 'Đảng ủy', marks: true },
  { query: 'Huyện uỷ khoá XXV', marks: true },
  { query: 'đường tỉnh lộ', marks: true },
  { query: '"hội nghị giao ban"', marks: true },
  { query: 'chuyển đổi số', marks: true },
  { query: 'Kiến Thụy', marks: true },
  { query: '20-NQ/TU', marks: true },
  { query: 'giai phong mat bang', marks: false },
  { query: 'dang uy', marks: false },
  { query: 'duong tinh lo', marks: false },
  { query: 'hoi nghi giao ban', marks: false },
  { query: 'kien thuy', marks: false },
  { query: 'my duc', marks: false },
];

/** The indexed text of a built article: its title and body, as Pagefind reads them. */
function articleText(site: string, path: string): string {
  const html = readPage(site, path);
  const body = html.slice(html.indexOf('data-pagefind-body'));
  return textOf(body.slice(body.indexOf('>') + 1, body.search(/<p class="byline"|<\/article>/)));
}

/**
 * How many of the results shown first have the query's words next to each other, in
 * its order (marks, case and đ aside), read from the built pages; null for one word.
 */
export function adjacentShown(site: string, query: string, shown: string[]): number | null {
  const { phrase, length } = planQuery(query);
  if (length < 2) return null;
  return shown.filter((path) => findPhrases(articleText(site, path), phrase).length > 0).length;
}

/**
 * Ours against stock Pagefind on the same built pages, in one run, each query `runs`
 * times on each (milliseconds are medians over the runs): the stock index
 * (Pagefind's defaults, the pages as served) and its bare search page are written to
 * `stockDir`, then each query is measured on both the same way, served as a host
 * configured as the README says serves them (HTML, JavaScript and JSON gzipped).
 */
export async function compareSearch(site: string, stockDir: string, runs = 1): Promise<SearchComparison> {
  const stockBuild = await writeStockSearch(site, stockDir);
  const queries = COMPARED_QUERIES.map((entry) => entry.query);
  const oursRuns: SearchSummary[] = [];
  const stockRuns: SearchSummary[] = [];
  // Taken in turns, so that a busy spell of the machine falls on both.
  for (let run = 0; run < runs; run += 1) {
    oursRuns.push(await measureSearch(site, queries, { compress: true }));
    stockRuns.push(await measureSearch(stockDir, queries, { compress: true }));
  }
  const ours = medianOfRuns(oursRuns);
  const stock = medianOfRuns(stockRuns);
  const rows: ComparedQuery[] = COMPARED_QUERIES.map(({ query, marks }, i) => ({
    query,
    marks,
    ours: ours.each[i]!,
    stock: stock.each[i]!,
    oursAdjacent: adjacentShown(site, query, ours.each[i]!.shown),
    stockAdjacent: adjacentShown(site, query, stock.each[i]!.shown),
  }));
  return { rows, ours, runs, stockSeconds: stockBuild.seconds };
}
