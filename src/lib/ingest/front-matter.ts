import matter from 'gray-matter';

/** YAML settings that keep output stable and readable: no folded lines, no anchors. */
const YAML_OPTIONS = { lineWidth: -1, noRefs: true } as matter.GrayMatterOption<string, never>;

/**
 * Markdown under YAML front matter, as every article file is written. Apart from the
 * article writer (remark, the schema) so that the slug step, which only ever changes
 * a slug line, loads no more than gray-matter: the whole writer took the ingest's
 * main thread longer to load than all its moves took.
 */
export function withFrontMatter(content: string, data: object): string {
  // Given an object, gray-matter skips re-parsing the body for front matter it cannot have.
  return matter.stringify({ content } as unknown as string, data, YAML_OPTIONS);
}

/**
 * The same article file under another slug, without parsing it again: the slug is one
 * top-level line of the front matter, written here as the full write would write it.
 * Same result as `toArticleFile({ ...report, slug })`.
 */
export function withSlug(articleFile: string, slug: string): string {
  const line = withFrontMatter('', { slug }).split('\n')[1]!;
  return articleFile.replace(/^slug: .*$/m, () => line);
}
