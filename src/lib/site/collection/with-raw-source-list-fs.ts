import type { Loader } from 'astro/loaders';
import type { Article } from '../../../schemas/article.ts';
import { recordRawSources } from './raw-sources-fs.ts';

/** The collection's loader, which also records the raw report each article cites (see raw-sources-fs.ts). */
export function withRawSourceList(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const files = [...context.store.values()].map((entry) => (entry.data as Article).source.file);
      await recordRawSources(context.config.cacheDir, files);
    },
  };
}
