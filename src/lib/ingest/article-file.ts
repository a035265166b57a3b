import { articleSchema, type Report } from '../../schemas/article.ts';
import { blocksToMarkdown } from './blocks-to-markdown.ts';
import { withFrontMatter } from './front-matter.ts';

/**
 * One article as a Markdown file: the record's front matter (validated with the shared
 * schema, fields in schema order) and the body as Markdown. Same record, same bytes.
 */
export function toArticleFile(report: Report): string {
  const { body, ...frontMatter } = report;
  return withFrontMatter(blocksToMarkdown(body), articleSchema.parse(frontMatter));
}
