import { describe, expect, it } from 'vitest';

describe('src/lib/ingest exports exactly its public functions', () => {
  it.each([
    ['./article-file.ts', ['toArticleFile']],
    ['./assign-slugs.ts', ['assignSlugs', 'firstChoice', 'slugCandidate']],
    ['./blocks-to-markdown.ts', ['blocksToMarkdown']],
    ['./caption-html.ts', ['captionHtml', 'captionText']],
    ['./front-matter.ts', ['withFrontMatter', 'withSlug']],
    ['./ingest-chunk-fs.ts', ['ingestChunk']],
    ['./ingest-fs.ts', ['ingest']],
    ['./markdown-processor.ts', ['markdownProcessor']],
    ['./markdown-to-blocks.ts', ['markdownToBlocks']],
  ])('%s', async (path, names) => {
    expect(Object.keys(await import(path)).sort()).toEqual(names);
  });
});
