import { loadEntities } from '../../lib/site/load-entities.ts';
import { OFFICIAL_COLUMNS, officialRows } from '../../lib/site/open-data.ts';
import { toCsv } from '../../lib/site/to-csv.ts';

export async function GET() {
  const { officials } = await loadEntities();
  return new Response(toCsv(OFFICIAL_COLUMNS, officialRows(officials)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
