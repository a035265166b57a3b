/** What a Pagefind file is for, from its URL; undefined for anything not under `pagefind/`. */
export type PagefindFileKind = 'script' | 'worker' | 'wasm' | 'entry' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

export function pagefindFileKind(url: string): PagefindFileKind | undefined {
  const path = new URL(url).pathname;
  const at = path.lastIndexOf('/pagefind/');
  if (at < 0) return undefined;
  const file = path.slice(at + '/pagefind/'.length);
  if (file === 'pagefind.js') return 'script';
  if (file === 'pagefind-worker.js') return 'worker';
  if (file === 'pagefind-entry.json') return 'entry';
  if (file.startsWith('wasm.')) return 'wasm';
  if (file.endsWith('.pf_meta')) return 'meta';
  if (file.startsWith('index/')) return 'index';
  if (file.startsWith('filter/')) return 'filter';
  if (file.startsWith('fragment/')) return 'fragment';
  return 'other';
}
