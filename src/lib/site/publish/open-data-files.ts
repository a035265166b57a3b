import { readArticleBodies } from '../collection/article-bodies-fs.ts';
import { loadArticles } from '../collection/load-articles.ts';
import { loadEntities } from '../collection/load-entities.ts';
import { ARTICLE_COLUMNS, articleRows, DOCUMENT_COLUMNS, documentRows, OFFICIAL_COLUMNS, officialRows, openDataJson, type UrlOf } from './open-data.ts';
import { toCsv } from './to-csv.ts';
import { jsonChunks } from './json-pieces.ts';

/** One file of the open data, as the endpoint serves it and the open-data page describes it. */
export interface OpenDataFile {
  name: 'bai-viet.json' | 'bai-viet.csv' | 'nhan-vat.csv' | 'van-ban.csv';
  /** The file's bytes, in pieces: the JSON of a large archive is longer than a JavaScript string can be. */
  chunks: Buffer[];
  /** Its size in bytes. */
  bytes: number;
  /** Articles in the JSON, rows in a CSV (the header not counted). */
  records: number;
  type: string;
}

const CSV = 'text/csv; charset=utf-8';
let files: Promise<OpenDataFile[]> | undefined;

/**
 * The open-data files, made once per build: the endpoints serve them and the open-data
 * page gives their sizes and counts, which it can only know from the files themselves.
 */
export function loadOpenDataFiles(url: UrlOf): Promise<OpenDataFile[]> {
  files ??= (async () => {
    const [articles, { officials, documents }] = await Promise.all([loadArticles(), loadEntities()]);
    const json = openDataJson(articles, await readArticleBodies(articles), officials, documents, url);
    const file = (name: OpenDataFile['name'], chunks: Buffer[], records: number, type: string): OpenDataFile => ({ name, chunks, bytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0), records, type });
    const csv = (name: OpenDataFile['name'], columns: string[], rows: (string | number | null)[][]) => file(name, [Buffer.from(toCsv(columns, rows))], rows.length, CSV);
    return [
      file('bai-viet.json', jsonChunks(json), json.articles.length, 'application/json; charset=utf-8'),
      csv('bai-viet.csv', ARTICLE_COLUMNS, articleRows(articles, url)),
      csv('nhan-vat.csv', OFFICIAL_COLUMNS, officialRows(officials)),
      csv('van-ban.csv', DOCUMENT_COLUMNS, documentRows(documents)),
    ];
  })();
  return files;
}

/** The response of one open-data endpoint. */
export async function openDataResponse(name: OpenDataFile['name'], url: UrlOf): Promise<Response> {
  const { chunks, type } = (await loadOpenDataFiles(url)).find((candidate) => candidate.name === name)!;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': type } });
}
