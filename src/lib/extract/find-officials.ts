import type { Official, Position } from '../../schemas/entities.ts';
import { toneKey } from '../vietnamese/tone-key.ts';
import { expandAbbreviations } from './expand-abbreviations.ts';
import { officialMentions } from './official-mentions.ts';

/**
 * Keeps each position once: the same title in another case, tone placement or
 * abbreviation ("TUV" beside "Thành ủy viên") is one, and a title that another one
 * only lengthens ("Bí thư huyện ủy" beside "Bí thư huyện ủy Mỹ Đức") gives way to it.
 */
function distinct(positions: Position[]): Position[] {
  const keys = positions.map((position) => toneKey(position.title));
  return positions.filter((_, i) => {
    const key = keys[i]!;
    if (keys.indexOf(key) !== i) return false;
    return !keys.some((other) => other.startsWith(`${key} `));
  });
}

/**
 * The officials a report names with a position, each once (one person whatever
 * the tone placement of their name), in the order the report first names them.
 * `texts` are the body's paragraphs and captions; `province` is the report's.
 */
export function findOfficials(texts: string[], province: string | null): Official[] {
  const people = new Map<string, { name: string; stated: string[] }>();
  for (const text of texts) {
    for (const mention of officialMentions(text).sort((a, b) => a.at - b.at)) {
      const key = toneKey(mention.name);
      const person = people.get(key) ?? { name: mention.name, stated: [] };
      person.stated.push(...mention.positions);
      people.set(key, person);
    }
  }
  return [...people.values()].map(({ name, stated }) => ({
    name,
    positions: distinct(stated.map((text) => ({ stated: text, title: expandAbbreviations(text, province) }))),
  }));
}
