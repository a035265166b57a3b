/** "2/4/2021" from an ISO date or date-time, read as written (no time-zone shift); "không rõ" for none. */
export function formatShortDate(iso: string | null): string {
  if (!iso) return 'không rõ';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day}/${month}/${year}`;
}
