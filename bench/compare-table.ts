import type { SearchMeasurement, SearchSummary } from './measure-search-fs.ts';
import { median } from './median.ts';
import { medianSteps } from './search-steps.ts';

/** One query measured on both searches. */
export interface ComparedQuery {
  query: string;
  /** Typed with its marks (stock Pagefind finds the same pages), or without them or with d for đ. */
  marks: boolean;
  ours: SearchMeasurement;
  stock: SearchMeasurement;
  /** How many results shown first have the query's words together in its order; null for a one-word query. */
  oursAdjacent: number | null;
  stockAdjacent: number | null;
}

export interface SearchComparison {
  rows: ComparedQuery[];
  /** Ours alone, for the detailed table. */
  ours: SearchSummary;
  /** How many times each query was measured on each side (its milliseconds are medians over these runs). */
  runs?: number;
  /** Seconds to build the stock index. */
  stockSeconds: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pair = (ours: string | number, stock: string | number) => `${ours} / ${stock}`;
const adjacent = (count: number | null, shown: number) => (count === null ? '–' : `${count}/${shown}`);
const cells = (values: string[]) => values[0]!.padEnd(22) + values.slice(1).map((value, i) => value.padStart([7, 15, 16, 16, 12, 13, 15][i] ?? 12)).join('');

/** Share of the first ten with the words together, over the multi-word queries of a group; null when there are none. */
function precision(rows: ComparedQuery[], side: 'ours' | 'stock'): { median: number; lowest: number } | null {
  const shares = rows.flatMap((row) => {
    const count = row[`${side}Adjacent`];
    const shown = row[side].shown.length;
    return count === null || shown === 0 ? [] : [count / shown];
  });
  return shares.length ? { median: median(shares), lowest: Math.min(...shares) } : null;
}

function summary(rows: ComparedQuery[], label: string): string[] {
  if (rows.length === 0) return [];
  const ratio = median(rows.map((row) => row.ours.queryBytes / row.stock.queryBytes));
  const oursMs = median(rows.map((row) => row.ours.ms));
  const stockMs = median(rows.map((row) => row.stock.ms));
  const share = (side: 'ours' | 'stock') => {
    const p = precision(rows, side);
    return p ? `${(p.median * 10).toFixed(1)}/10 (lowest ${(p.lowest * 10).toFixed(1)})` : '–';
  };
  return [
    `${label}:`,
    `  first-query KB, median: ours ${kb(median(rows.map((row) => row.ours.queryBytes)))}, stock ${kb(median(rows.map((row) => row.stock.queryBytes)))}; median of ours ÷ stock per query ${ratio.toFixed(2)}`,
    `  bytes before the query, median: ours ${kb(median(rows.map((row) => row.ours.beforeBytes)))}, stock ${kb(median(rows.map((row) => row.stock.beforeBytes)))} KB`,
    `  per query: ours ≤ 0.9 × stock's bytes on ${rows.filter((row) => row.ours.queryBytes <= 0.9 * row.stock.queryBytes).length} of ${rows.length}, ours ≤ stock's ms on ${rows.filter((row) => row.ours.ms <= row.stock.ms).length} of ${rows.length}`,
    `  ms to the first ten painted, median: ours ${oursMs.toFixed(0)}, stock ${stockMs.toFixed(0)}`,
    `  first ten with the words together, median over multi-word queries: ours ${share('ours')}, stock ${share('stock')}`,
    `  results found: ours more than stock on ${rows.filter((row) => row.ours.results > row.stock.results).length} of ${rows.length} queries, fewer on ${rows.filter((row) => row.ours.results < row.stock.results).length}; median ours ÷ stock ${median(rows.map((row) => row.ours.results / Math.max(1, row.stock.results))).toFixed(2)}`,
  ];
}

/** With several runs, each query's milliseconds to the first ten in every run, ours then stock. */
function eachRun(comparison: SearchComparison): string[] {
  if ((comparison.runs ?? 1) < 2) return [];
  const list = (ms: number[] | undefined) => (ms ?? []).map((value) => value.toFixed(0).padStart(5)).join('');
  return [
    '',
    `ms to the first ten in each of the ${comparison.runs} runs (ours | stock); the ms column above is their median:`,
    ...comparison.rows.map((row) => `  ${row.query.slice(0, 21).padEnd(22)}${list(row.ours.msRuns)} |${list(row.stock.msRuns)}`),
  ];
}

/** The comparison as printed lines: each query side by side (ours / stock), then each group's medians against the targets. */
export function comparisonTable(comparison: SearchComparison): string[] {
  const lines = [
    cells(['query', 'marks', 'results', 'before KB', 'query KB', 'ours÷stock', 'ms', 'together']),
    ...comparison.rows.map((row) =>
      cells([
        row.query.slice(0, 21),
        row.marks ? 'yes' : 'no',
        pair(row.ours.results, row.stock.results),
        pair(kb(row.ours.beforeBytes), kb(row.stock.beforeBytes)),
        pair(kb(row.ours.queryBytes), kb(row.stock.queryBytes)),
        (row.ours.queryBytes / row.stock.queryBytes).toFixed(2),
        pair(row.ours.ms.toFixed(0), row.stock.ms.toFixed(0)),
        pair(adjacent(row.oursAdjacent, row.ours.shown.length), adjacent(row.stockAdjacent, row.stock.shown.length)),
      ]),
    ),
    '',
    ...summary(
      comparison.rows.filter((row) => row.marks),
      'Typed with marks (targets: ours ≤ 0.9 × stock bytes, ms ≤ stock, ≥ 9/10 together; stock finds about the same pages, see results)',
    ),
    ...summary(
      comparison.rows.filter((row) => !row.marks),
      'Typed without marks or with d for đ, where stock finds fewer pages (what the extra recall costs)',
    ),
    '',
    'Milliseconds to the first ten by step, median over all the queries (the steps as in the table of ours above):',
    `  ours:  ${medianSteps(comparison.rows.map((row) => row.ours.steps))}`,
    `  stock: ${medianSteps(comparison.rows.map((row) => row.stock.steps))}`,
    ...eachRun(comparison),
    '',
    'Each cell is ours / stock. Stock: Pagefind 1.6 with its defaults over the same built pages as served (no mirror, no query',
    'rewriting), searched by a bare page that sends the query as typed and shows the first ten with Pagefind\'s excerpts.',
    'Both served from loopback the way a configured host serves them: HTML, JavaScript and JSON gzipped, Pagefind\'s',
    'own files as they are (already gzipped). together: of the results shown first, how many have the query\'s words',
    'next to each other in its order (read from the built pages; marks, case and đ aside).',
    `Stock index built in ${comparison.stockSeconds.toFixed(1)} s.`,
  ];
  return lines;
}
