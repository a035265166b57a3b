import { ABBREVIATION, ABBREVIATIONS } from '../vietnamese/entity-patterns.ts';

/**
 * A position with its common abbreviations spelt out for display ("TUV, Chủ tịch
 * UBND huyện" → "Thành ủy viên, Chủ tịch Ủy ban nhân dân huyện"). `province` decides
 * TUV; when it is unknown, TUV stays as printed rather than be guessed.
 */
export function expandAbbreviations(text: string, province: string | null): string {
  return text.replace(ABBREVIATION, (abbreviation) => {
    const spelt = ABBREVIATIONS[abbreviation]!;
    return (typeof spelt === 'string' ? spelt : spelt(province)) ?? abbreviation;
  });
}
