import type { DataStore, Loader, LoaderContext } from 'astro/loaders';

type DataEntry = Parameters<DataStore['set']>[0];

/** What the glob loader reads from its context to know how to read and render each file type. */
type EntryTypes = Map<string, { getRenderFunction?: unknown }>;

/**
 * The collection's loader, storing each entry's data and nothing rendered: the build
 * turns the whole store into one JavaScript module (and, before that, one string),
 * which cannot hold the bodies of a large archive. Article pages render their body
 * from the Markdown file instead (see article-bodies-fs.ts). The glob loader is handed
 * entry types without a render function, so it does not render at all; the store's
 * `set` drops anything rendered all the same, should a loader render regardless.
 */
export function withLeanEntries(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        ...withoutRendering(context),
        store: { ...context.store, set: (entry) => context.store.set(withoutRendered(entry)) },
      }),
  };
}

function withoutRendering(context: LoaderContext): { entryTypes?: EntryTypes } {
  const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
  if (!entryTypes) return {};
  return { entryTypes: new Map([...entryTypes].map(([extension, { getRenderFunction: _render, ...type }]) => [extension, type])) };
}

function withoutRendered(entry: DataEntry): DataEntry {
  if (!entry.rendered) return entry;
  const { rendered: _rendered, ...lean } = entry;
  return lean;
}
