import type { SearchMeasurement, SearchSummary } from './measure-search-fs.ts';
import { median } from './median.ts';
import { medianSteps } from './search-steps.ts';
import type { PagefindFileKind } from './pagefind-file-kind.ts';

const KINDS: PagefindFileKind[] = ['script', 'worker', 'entry', 'wasm', 'meta', 'index', 'fragment', 'filter', 'other'];
const LEGEND = [
  'Each query in a fresh browser context (empty cache), on loopback, HTML, JavaScript and JSON gzipped as a configured host serves them,',
  'bytes as received (headers and body).',
  'before: Pagefind bytes while the page loads, before the query is submitted. query: requested between submitting and the first ten',
  'results being rendered. visit: every Pagefind byte of the visit, filter counts included. page: every byte, the page itself included.',
  'ms: submitting the query to the first ten results painted. link ms: opening a shared /tim-kiem/?q=… link to the same.',
  'Steps: index = to the last index chunk needed received; search = to the first fragment requested (Pagefind unpacking the',
  'chunks and searching in WebAssembly, in its worker); fragments = the ten fragments; render = excerpts, list and frame.',
  'shift: layout shift score from submitting until the network is quiet (filter counts included; shifts within half a second of the key press left out, as the score leaves them), at a phone width of 360 px.',
];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const cells = (values: (string | number)[]) => String(values[0]).padEnd(22) + values.slice(1).map((value) => String(value).padStart(10)).join('');

function bytesOf(m: SearchMeasurement, kind: PagefindFileKind, phase: 'before' | 'query' | 'after'): number {
  return m.transfers.filter((t) => t.kind === kind && t.phase === phase).reduce((sum, t) => sum + t.bytes, 0);
}

/** The search figures as printed lines: one row per query, the medians, and where the Pagefind bytes go. */
export function searchTable(summary: SearchSummary): string[] {
  const lines = [
    cells(['query', 'results', 'before KB', 'query KB', 'visit KB', 'page KB', 'ms', 'link ms', 'shift']),
    ...summary.each.map((m) => cells([m.query.slice(0, 21), m.results, kb(m.beforeBytes), kb(m.queryBytes), kb(m.visitBytes), kb(m.pageBytes), m.ms.toFixed(0), m.linkMs.toFixed(0), m.shift.toFixed(3)])),
  ];
  const { median: med } = summary;
  lines.push(cells(['median', '', kb(med.beforeBytes), kb(med.queryBytes), kb(med.visitBytes), kb(med.pageBytes), med.ms.toFixed(0), med.linkMs.toFixed(0), med.shift.toFixed(3)]));
  lines.push('', 'Pagefind KB by file, median over the queries (before the query / for the first ten / after them):');
  for (const kind of KINDS) {
    const phases = (['before', 'query', 'after'] as const).map((phase) => median(summary.each.map((m) => bytesOf(m, kind, phase))));
    if (phases.some((bytes) => bytes > 0)) lines.push(`  ${kind.padEnd(9)}${phases.map((bytes) => kb(bytes).padStart(9)).join(' /')}`);
  }
  lines.push('', `Milliseconds to the first ten, median by step: ${medianSteps(summary.each.map((m) => m.steps))}`);
  lines.push('', ...LEGEND);
  return lines;
}
