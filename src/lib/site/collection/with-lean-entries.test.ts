import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { withLeanEntries } from './with-lean-entries.ts';

type Entry = Parameters<DataStore['set']>[0];
type EntryTypes = Map<string, { getEntryInfo: () => unknown; getRenderFunction?: () => unknown }>;

/** Runs `loader` against a store that keeps what it is given, with a Markdown entry type that can render. */
async function stored(loader: Loader): Promise<Entry[]> {
  const kept: Entry[] = [];
  const store = { set: (entry: Entry) => kept.push(entry) > 0 } as unknown as DataStore;
  const entryTypes: EntryTypes = new Map([['.md', { getEntryInfo: () => ({}), getRenderFunction: () => ({}) }]]);
  await loader.load({ store, entryTypes } as unknown as LoaderContext);
  return kept;
}

const rendered = { html: '<p>Huyện ủy giao ban</p>', metadata: { headings: [], frontmatter: { title: 'Giao ban' } } };

/** A loader that renders when its entry type lets it, as Astro's glob loader does, and counts its renders. */
function renderingLoader(entry: Entry): Loader & { renders: number } {
  const loader = {
    name: 'test',
    renders: 0,
    load: async (context: LoaderContext) => {
      const { entryTypes } = context as unknown as { entryTypes: EntryTypes };
      const render = entryTypes.get('.md')?.getRenderFunction;
      if (render) loader.renders += 1;
      context.store.set(render ? { ...entry, rendered } : entry);
    },
  };
  return loader;
}

describe('withLeanEntries', () => {
  it('hands the loader entry types that cannot render, so nothing is rendered and the data is stored alone', async () => {
    const entry = { id: 'a', data: { title: 'Giao ban' }, digest: 'x', filePath: 'a.md' };
    const inner = renderingLoader(entry);
    expect(await stored(withLeanEntries(inner))).toEqual([entry]);
    expect(inner.renders).toBe(0);
    await stored(inner);
    expect(inner.renders).toBe(1);
  });

  it('drops what a loader renders regardless, and keeps the loader name', async () => {
    const alwaysRenders: Loader = { name: 'test', load: async ({ store }) => void store.set({ id: 'b', data: {}, rendered }) };
    const lean = withLeanEntries(alwaysRenders);
    expect(await stored(lean)).toEqual([{ id: 'b', data: {} }]);
    expect(lean.name).toBe('test');
  });
});
