import type { APIContext } from 'astro';
import { loadArticles } from '../../lib/site/load-articles.ts';
import { readRawFile } from '../../lib/site/raw-files-fs.ts';

/** Each article's raw report, byte for byte as it was ingested, for provenance. */
export async function getStaticPaths() {
  return (await loadArticles()).map(({ data }) => ({ params: { file: data.source.file }, props: { file: data.source.file } }));
}

export function GET({ props }: APIContext<{ file: string }>) {
  return new Response(new Uint8Array(readRawFile(props.file)));
}
