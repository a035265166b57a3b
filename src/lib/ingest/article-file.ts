import matter from 'gray-matter';
import { articleSchema, type Report } from '../../schemas/article.ts';
import { blocksToMarkdown } from './blocks-to-markdown.ts';

/** YAML settings that keep output stable and readable: no folded lines, no anchors. */
const YAML_OPTIONS = { lineWidth: -1, noRefs: true } as const;

/**
 * One article as a Markdown file: the record's front matter (validated with the shared
 * schema, fields in schema order) and the body as Markdown. Same record, same bytes.
 */
export function toArticleFile(report: Report): string {
  const { body, ...frontMatter } = report;
  const data = articleSchema.parse(frontMatter);
  // Given an object, gray-matter skips re-parsing the body for front matter it cannot have.
  const file = { content: blocksToMarkdown(body) } as unknown as string;
  return matter.stringify(file, data, YAML_OPTIONS as matter.GrayMatterOption<string, never>);
}

/**
 * The same article file under another slug, without parsing it again: the slug is one
 * top-level line of the front matter, written here as the full write would write it.
 * Same result as `toArticleFile({ ...report, slug })`.
 */
export function withSlug(articleFile: string, slug: string): string {
  const line = matter.stringify('', { slug }, YAML_OPTIONS as matter.GrayMatterOption<string, never>).split('\n')[1]!;
  return articleFile.replace(/^slug: .*$/m, () => line);
}
