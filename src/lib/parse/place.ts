import { findDistrict, findProvince } from '../vietnamese/gazetteer.ts';
import { DISTRICT_MENTIONS, PROVINCE_MENTIONS } from '../vietnamese/patterns.ts';

export interface Place {
  district: string | null;
  province: string | null;
}

/** Every name the patterns capture in the texts, in order, each cut to its known prefixes, longest first. */
function* mentions(patterns: RegExp[], texts: string[]): Generator<string> {
  for (const text of texts) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const words = match[1]!.split(' ');
        for (let size = words.length; size > 0; size -= 1) yield words.slice(0, size).join(' ');
      }
    }
  }
}

/**
 * Which district and province the report is about, only as far as the text says: a
 * district named in a known pattern and found in the gazetteer, and its province when
 * the gazetteer has one district of that name or the text names one of its provinces.
 * `texts` go most telling first (title, byline unit, lead, body).
 */
export function findPlace(texts: string[]): Place {
  let district = null;
  for (const name of mentions(DISTRICT_MENTIONS, texts)) {
    district = findDistrict(name) ?? null;
    if (district) break;
  }
  if (district?.provinces.length === 1) return { district: district.name, province: district.provinces[0]! };

  const accepts = (province: string) => !district || district.provinces.includes(province);
  let province: string | null = null;
  for (const name of mentions(PROVINCE_MENTIONS, texts)) {
    const found = findProvince(name);
    if (found && accepts(found)) {
      province = found;
      break;
    }
  }
  return { district: district?.name ?? null, province };
}
