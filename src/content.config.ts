import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/** Articles written by `npm run ingest`; the ingest validates with the same schema. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles', generateId: ({ data }) => String(data.slug) }),
  schema: articleSchema,
});

export const collections = { articles };
