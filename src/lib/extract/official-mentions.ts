import { ACTION_WORDS, CLAUSE_END, LEADING_HONORIFIC, LOOK_AROUND, NAME_INTRODUCERS, NAME_RUN, POSITION_NAMES_BODY, POSITION_SEPARATOR } from '../vietnamese/entity-patterns.ts';
import { personName } from './person-name.ts';
import { isPosition, splitPositions } from './split-positions.ts';

/** One place a report names an official, with the positions it states there. */
export interface OfficialMention {
  name: string;
  positions: string[];
  /** Where the name stands in the text, to keep the report's order. */
  at: number;
}

const SEPARATOR_AFTER_NAME = /^\s*[-–—,:]\s*/u;
const INTRODUCED_POSITION = /(?:^|\s)(?:các )?đồng chí\s+(.+)$/iu;

/** "Đồng chí Nguyễn Văn Cương – Phó Bí thư Thường trực Huyện uỷ": introduced, then named, then positions. */
function positionsAfter(text: string, end: number): string[] {
  const after = text.slice(end, end + LOOK_AROUND);
  const separator = SEPARATOR_AFTER_NAME.exec(after);
  return separator ? splitPositions(after.slice(separator[0].length)) : [];
}

/**
 * "TUV, Bí thư huyện ủy Nguyễn Anh Dũng", "đồng chí Chủ tịch UBND huyện Nguyễn Xuân
 * Thanh": positions right before the name, read backwards to the clause's start or
 * to "đồng chí". The title nearest the name must name its body or be a member
 * abbreviation, so "Chủ tịch Hồ Chí Minh" is no mention.
 */
function positionsBefore(text: string, start: number): string[] {
  const clause = text.slice(Math.max(0, start - LOOK_AROUND), start).split(CLAUSE_END).at(-1)!;
  const positions: string[] = [];
  for (const segment of clause.split(POSITION_SEPARATOR).reverse()) {
    const introduced = INTRODUCED_POSITION.exec(segment.trim());
    const position = (introduced ? introduced[1]! : segment).trim();
    if (!isPosition(position) || ACTION_WORDS.test(position)) break;
    positions.unshift(position);
    if (introduced) break;
  }
  return positions.length > 0 && POSITION_NAMES_BODY.test(positions.at(-1)!.split(' ').at(-1)!) ? positions : [];
}

/** Every official the text names with a stated position, in both of the reports' word orders. */
export function officialMentions(text: string): OfficialMention[] {
  const mentions: OfficialMention[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const honorific = LEADING_HONORIFIC.exec(match[0])?.[0] ?? '';
    const name = personName(match[0].slice(honorific.length));
    if (!name) continue;
    const start = match.index + honorific.length;
    const positions = honorific || NAME_INTRODUCERS.test(text.slice(Math.max(0, start - LOOK_AROUND), start))
      ? positionsAfter(text, start + name.length)
      : positionsBefore(text, start);
    if (positions.length > 0) mentions.push({ name, positions, at: start });
  }
  return mentions;
}
