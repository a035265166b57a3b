import { readArticleBodies } from '../collection/article-bodies-fs.ts';
import { loadArticles } from '../collection/load-articles.ts';
import { loadEntities } from '../collection/load-entities.ts';
import { ARTICLE_COLUMNS, articleRows, DOCUMENT_COLUMNS, documentRows, OFFICIAL_COLUMNS, officialRows, openDataJson, type UrlOf } from './open-data.ts';
import { toCsv } from './to-csv.ts';
import { jsonBytes } from './json-pieces.ts';

/** One file of the open data, as the endpoint serves it and the open-data page describes it. */
export interface OpenDataFile {
  name: 'bai-viet.json' | 'bai-viet.csv' | 'nhan-vat.csv' | 'van-ban.csv';
  /** Bytes for the JSON, which at 100,000 articles is longer than a JavaScript string can be. */
  body: string | Buffer;
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
    const csv = (name: OpenDataFile['name'], columns: string[], rows: (string | number | null)[][]): OpenDataFile => ({ name, body: toCsv(columns, rows), records: rows.length, type: CSV });
    return [
      { name: 'bai-viet.json', body: jsonBytes(json), records: json.articles.length, type: 'application/json; charset=utf-8' },
      csv('bai-viet.csv', ARTICLE_COLUMNS, articleRows(articles, url)),
      csv('nhan-vat.csv', OFFICIAL_COLUMNS, officialRows(officials)),
      csv('van-ban.csv', DOCUMENT_COLUMNS, documentRows(documents)),
    ];
  })();
  return files;
}

/** The response of one open-data endpoint. */
export async function openDataResponse(name: OpenDataFile['name'], url: UrlOf): Promise<Response> {
  const file = (await loadOpenDataFiles(url)).find((candidate) => candidate.name === name)!;
  // A Buffer is the Uint8Array a Response body may be; the DOM types do not say so of Node's Buffer.
  return new Response(file.body as BodyInit, { headers: { 'Content-Type': file.type } });
}
