import type { Loader } from 'astro/loaders';
import type { Article } from '../../../schemas/article.ts';
import { recordRawSources } from './raw-sources-fs.ts';

/** The collection's loader, which also records the raw reports each article cites (its own and those of the same text merged into it) (see raw-sources-fs.ts). */
export function withRawSourceList(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const files = [...context.store.values()].flatMap(({ data }) => {
        const { source, duplicates = [] } = data as Article;
        return [source, ...duplicates].map((cited) => cited.file);
      });
      await recordRawSources(context.config.cacheDir, files);
    },
  };
}
