import { BYLINE_MAX_WORDS, BYLINE_PREFIX, BYLINE_SEPARATOR, UNIT_OPENERS } from '../vietnamese/patterns.ts';

export interface Byline {
  byline: string;
  authors: string[];
  unit: string | null;
}

/** A person's name: one to five words, each capitalised ("Thu Nghĩa", "LIÊM ĐOÀN"). */
const NAME = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,4}$/u;

/**
 * Reads a closing byline into authors and unit: "Thu Nghĩa – Trung tâm VHTT&TT huyện",
 * "Thu An – Hữu Khánh", "LIÊM ĐOÀN", "Bình Minh/Trung tâm TT&VH Ba Chẽ". The unit keeps
 * its own inner separators as printed. Returns null when the line is not a byline.
 */
export function parseByline(line: string): Byline | null {
  if (line.split(' ').length > BYLINE_MAX_WORDS || /[.!?:;,…]$/.test(line)) return null;
  const names = line.replace(BYLINE_PREFIX, '');

  const authors: string[] = [];
  let unit: string | null = null;
  let offset = 0;
  while (offset < names.length) {
    const separator = new RegExp(BYLINE_SEPARATOR.source, 'g');
    separator.lastIndex = offset;
    const next = separator.exec(names);
    const part = names.slice(offset, next ? next.index : names.length).trim();
    if (UNIT_OPENERS.some((opener) => opener.test(part))) {
      unit = names.slice(offset).trim();
      break;
    }
    const people = part.split(/\s*,\s*/);
    if (!people.every((person) => NAME.test(person))) return null;
    authors.push(...people);
    offset = next ? next.index + next[0].length : names.length;
  }
  if (authors.length === 0 && unit === null) return null;
  return { byline: line, authors, unit };
}
