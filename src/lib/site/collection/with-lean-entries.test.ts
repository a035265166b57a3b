import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withLeanEntries } from './with-lean-entries.ts';

type Entry = Parameters<DataStore['set']>[0];

/** Runs `loader` against a store that keeps what it is given. */
async function stored(loader: Loader): Promise<Entry[]> {
  const kept: Entry[] = [];
  const store = { set: (entry: Entry) => kept.push(entry) > 0 } as unknown as DataStore;
  await loader.load({ store } as LoaderContext);
  return kept;
}

const rendered = { html: '<p>Huyện ủy giao ban</p>', metadata: { headings: [], frontmatter: { title: 'Giao ban' } } };
const loaderSetting = (entries: Entry[]): Loader => ({ name: 'test', load: async ({ store }) => void entries.forEach((e) => store.set(e)) });

describe('withLeanEntries', () => {
  it('stores the rendered HTML and headings without the copy of the front matter', async () => {
    const [entry] = await stored(withLeanEntries(loaderSetting([{ id: 'a', data: { title: 'Giao ban' }, digest: 'x', rendered }])));
    expect(entry).toEqual({ id: 'a', data: { title: 'Giao ban' }, digest: 'x', rendered: { html: rendered.html, metadata: { headings: [] } } });
  });

  it('passes an entry with nothing rendered through as it is, and keeps the loader name', async () => {
    const plain = { id: 'b', data: { title: 'Khác' } };
    const lean = withLeanEntries(loaderSetting([plain]));
    expect(await stored(lean)).toEqual([plain]);
    expect(lean.name).toBe('test');
  });
});
