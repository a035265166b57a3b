import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { archiveOptionsFromEnv } from './lib/config/archive-options.ts';
import { withLeanEntries } from './lib/site/collection/with-lean-entries.ts';
import { withRawSourceList } from './lib/site/collection/with-raw-source-list-fs.ts';
import { articleSchema } from './schemas/article.ts';

/**
 * Articles written by `npm run ingest`; the ingest validates with the same schema.
 * The folder is the archive options' output (`npm run build -- --output DIR`, or ARTICLES_DIR).
 * The loader also notes the raw reports the articles cite, for `/nguon/`, and keeps
 * neither the Markdown body nor a second copy of the front matter (see with-lean-entries.ts).
 */
const articles = defineCollection({
  loader: withRawSourceList(
    withLeanEntries(
      glob({
        pattern: '*.md',
        base: archiveOptionsFromEnv().output,
        generateId: ({ data }) => String(data.slug),
        retainBody: false,
      }),
    ),
  ),
  schema: articleSchema,
});

export const collections = { articles };
