import { ACTION_WORDS, CLAUSE_END, POSITION_HEADS, POSITION_MAX_WORDS, POSITION_SEPARATOR } from '../vietnamese/entity-patterns.ts';

/** A segment that reads as one position: it opens with a title and is no longer than a title gets. */
export function isPosition(segment: string): boolean {
  return POSITION_HEADS.test(segment) && segment.split(' ').length <= POSITION_MAX_WORDS;
}

/**
 * The positions stated after a name, from the text that follows its separator:
 * "Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện đồng chủ trì hội nghị" gives both titles.
 * The list ends at the clause's end, at an action ("chủ trì"), or at the first
 * segment that is not a title ("cho biết").
 */
export function splitPositions(text: string): string[] {
  const clause = text.split(CLAUSE_END)[0]!;
  const positions: string[] = [];
  for (const segment of clause.split(POSITION_SEPARATOR)) {
    const action = ACTION_WORDS.exec(segment);
    const position = (action ? segment.slice(0, action.index) : segment).trim();
    if (!isPosition(position)) break;
    positions.push(position);
    if (action) break;
  }
  return positions;
}
