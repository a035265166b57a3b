/**
 * What makes two printed identifiers one document number: the same number whether
 * printed "04" or "4", the same codes whatever their case ("04-CTR/HU" = "4-CTr/HU").
 * For comparing and grouping, never for display.
 */
export function documentIdentity(id: string): string {
  return id.replace(/^0+(?=\d)/, '').toUpperCase();
}
