import {
  BYLINE_LABEL_ALONE,
  BYLINE_MAX_WORDS,
  BYLINE_NOTE,
  BYLINE_POST,
  BYLINE_PREFIX,
  BYLINE_SEPARATOR,
  BYLINE_SOURCE_NOTE,
  PHOTO_CREDIT,
  UNIT_ALONE,
  UNIT_OPENERS,
} from '../vietnamese/patterns.ts';

export interface Byline {
  /** As printed; a byline over two lines keeps its line break. */
  byline: string;
  authors: string[];
  unit: string | null;
}

/** A person's name: one to five capitalised words ("Thu Nghĩa", "LIÊM ĐOÀN"), or an initial and a name ("X.Trinh"). */
const NAME = /^(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,4}$/u;

/** "Minh Anh (Trung tâm VHTT&TT huyện)": a name and its unit in brackets. */
const UNIT_IN_BRACKETS = /^(.+?)\s*\((.+)\)$/;

export const isPersonName = (text: string) => NAME.test(text);
const isUnit = (part: string) => UNIT_OPENERS.some((opener) => opener.test(part));

/**
 * Reads a one-line byline into authors and unit: "Thu Nghĩa – Trung tâm VHTT&TT huyện",
 * "Thu An – Hữu Khánh", "LIÊM ĐOÀN", "Bình Minh/Trung tâm TT&VH Ba Chẽ", "Theo: Thúy
 * Hường", "Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng" (the unit after the author's post),
 * "LTT - Theo BaoHatinh.vn" (the outlet is neither), "Minh Anh (Trung tâm VHTT&TT)", "BBT". The unit keeps its own inner
 * separators as printed. Returns null when the line is not a byline.
 */
export function parseByline(line: string): Byline | null {
  // The split stops one word past the limit: the line tried is often a long paragraph.
  if (line.split(' ', BYLINE_MAX_WORDS + 1).length > BYLINE_MAX_WORDS || /[.!?:;,…]$/.test(line)) return null;
  const names = line.replace(BYLINE_PREFIX, '').replace(BYLINE_NOTE, '');
  // After a label ("Nguồn: Ban Dân vận Huyện ủy") any unit may sign alone.
  const labelled = BYLINE_PREFIX.test(line);

  const authors: string[] = [];
  let unit: string | null = null;
  let offset = 0;
  while (offset < names.length) {
    const separator = new RegExp(BYLINE_SEPARATOR.source, 'g');
    separator.lastIndex = offset;
    const next = separator.exec(names);
    // Each part may carry its own label: "Tin: Minh Anh - Ảnh: Thu Hà".
    const part = names.slice(offset, next ? next.index : names.length).trim().replace(BYLINE_PREFIX, '');
    const rest = names.slice(offset).trim().replace(BYLINE_POST, '');
    if (authors.length > 0 || labelled ? isUnit(rest) : UNIT_ALONE.test(rest)) {
      unit = rest;
      break;
    }
    if (authors.length > 0 && BYLINE_SOURCE_NOTE.test(part)) break;
    const withUnit = UNIT_IN_BRACKETS.exec(part);
    if (withUnit && isPersonName(withUnit[1]!) && isUnit(withUnit[2]!)) {
      authors.push(withUnit[1]!);
      unit = withUnit[2]!;
      break;
    }
    const people = part.split(/\s*,\s*/);
    if (!people.every(isPersonName)) return null;
    authors.push(...people);
    offset = next ? next.index + next[0].length : names.length;
  }
  if (authors.length === 0 && unit === null) return null;
  return { byline: line, authors, unit };
}

/**
 * The byline that closes a report, on its last line or over its last two: a label alone
 * and the names under it ("Thực hiện:" / "Lê Thương"), the writer and the photographer
 * ("Bài: Huỳnh Luân" / "Ảnh: Hồng Nhị"), or a name and its unit ("Minh Kiên" / "Trung
 * tâm VHTT&TT Hữu Lũng"). A photo credit alone is not the byline. Returns how many lines
 * it took, or null.
 */
export function parseClosingByline(lines: string[]): { byline: Byline; lines: number } | null {
  const [previous, last] = [lines.at(-2), lines.at(-1)];
  if (last === undefined) return null;
  const twoLines = (byline: Omit<Byline, 'byline'>) => ({ byline: { byline: `${previous}\n${last}`, ...byline }, lines: 2 });
  const below = parseByline(last);
  if (previous !== undefined && lines.length > 2) {
    const above = parseByline(previous);
    if (BYLINE_LABEL_ALONE.test(previous) && below) return twoLines(below);
    if (PHOTO_CREDIT.test(last) && above && below && above.unit === null) return twoLines({ authors: [...above.authors, ...below.authors], unit: below.unit });
    if (above && above.unit === null && !BYLINE_PREFIX.test(last) && isUnit(last) && below?.authors.length === 0) {
      return twoLines({ authors: above.authors, unit: last });
    }
  }
  if (PHOTO_CREDIT.test(last)) return null;
  return below && { byline: below, lines: 1 };
}
