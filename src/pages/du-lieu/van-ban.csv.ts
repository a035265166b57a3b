import { loadEntities } from '../../lib/site/load-entities.ts';
import { DOCUMENT_COLUMNS, documentRows } from '../../lib/site/open-data.ts';
import { toCsv } from '../../lib/site/to-csv.ts';

export async function GET() {
  const { documents } = await loadEntities();
  return new Response(toCsv(DOCUMENT_COLUMNS, documentRows(documents)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
