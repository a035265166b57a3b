import { describe, expect, it } from 'vitest';
import { pagefindFileKind } from './pagefind-file-kind.ts';

describe('pagefindFileKind', () => {
  it.each([
    ['http://127.0.0.1:1/pagefind/pagefind.js', 'script'],
    ['http://127.0.0.1:1/archive/pagefind/pagefind-worker.js', 'worker'],
    ['http://127.0.0.1:1/pagefind/pagefind-entry.json?ts=123', 'entry'],
    ['http://127.0.0.1:1/pagefind/wasm.unknown.pagefind', 'wasm'],
    ['http://127.0.0.1:1/pagefind/pagefind.vi_1c7ea449b4.pf_meta', 'meta'],
    ['http://127.0.0.1:1/pagefind/index/vi_107ff35.pf_index', 'index'],
    ['http://127.0.0.1:1/pagefind/filter/vi_3d18715.pf_filter', 'filter'],
    ['http://127.0.0.1:1/pagefind/fragment/vi_5b1.pf_fragment', 'fragment'],
    ['http://127.0.0.1:1/pagefind/pagefind-ui.css', 'other'],
  ])('%s is %s', (url, kind) => expect(pagefindFileKind(url)).toBe(kind));

  it('leaves files outside the Pagefind bundle alone', () => {
    expect(pagefindFileKind('http://127.0.0.1:1/tim-kiem/')).toBeUndefined();
    expect(pagefindFileKind('http://127.0.0.1:1/_astro/search.js')).toBeUndefined();
  });
});
