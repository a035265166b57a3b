import { findDistrict, findProvince } from '../vietnamese/gazetteer.ts';
import { NAME_SYLLABLES, SURNAMES } from '../vietnamese/entity-patterns.ts';

/**
 * The run of capitalised words if it can be a person's full name: two to four
 * syllables opening with a family name, and no place the gazetteer knows ("Hà Nội"
 * opens with the surname Hà). Otherwise null.
 */
export function personName(run: string): string | null {
  const syllables = run.split(' ');
  if (syllables.length < NAME_SYLLABLES.min || syllables.length > NAME_SYLLABLES.max) return null;
  if (!SURNAMES.has(syllables[0]!)) return null;
  if (findProvince(run) || findDistrict(run)) return null;
  return run;
}
