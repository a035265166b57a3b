import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The baseline for the build benchmark: a bare Astro project over the same Markdown
 * folder, with no schema and a one-line page, so the comparison shows what our pages,
 * validation and Pagefind step cost on top of Astro itself. Astro's defaults, unless
 * `concurrency` (pages rendered at a time) is given.
 */
export async function writePlainAstroProject(root: string, articles: string, concurrency = 1): Promise<void> {
  await mkdir(join(root, 'src/pages'), { recursive: true });
  await writeFile(join(root, 'astro.config.mjs'), `export default { build: { format: 'directory', concurrency: ${concurrency} } };\n`);
  await writeFile(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(articles)} }) }) };`,
      '',
    ].join('\n'),
  );
  await writeFile(
    join(root, 'src/pages/[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<h1>{String(entry.data.title)}</h1><Content />',
      '',
    ].join('\n'),
  );
}
