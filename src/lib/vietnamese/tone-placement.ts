const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
/** Open syllables ending in oa, oe or uy (not after q, where u is part of the consonant). */
const OPEN_GLIDE_SYLLABLE = /^([^\s]*?)(?<![qQ])([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])$|^([^\s]*?)(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])$/;

/**
 * Rewrites the tone of open "oa", "oe" and "uy" syllables onto the first vowel, the
 * placement most of these reports use: "hoà" → "hòa", "khoá" → "khóa", "Thuỵ" → "Thụy".
 * Used to display names from sources that use the other placement; text as printed
 * in a report is never rewritten.
 */
export function normaliseTonePlacement(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/)
    .map((word) => {
      const decomposed = word.normalize('NFD');
      if (!TONE_MARK.test(decomposed)) return word;
      const match = OPEN_GLIDE_SYLLABLE.exec(decomposed);
      if (!match) return word;
      const [, head1, first1, second1, tone1, head2, first2, second2, tone2] = match;
      const moved =
        head1 !== undefined
          ? `${head1}${first1}${tone1}${second1}`
          : `${head2}${first2}${tone2}${second2}`;
      return moved.normalize('NFC');
    })
    .join('');
}

const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const GLIDES = ['oa', 'oe', 'uy', 'Oa', 'Oe', 'Uy', 'OA', 'OE', 'UY'];
/** Each toned open glide ("óa", "oá", "ủy", "uỷ", …) and the alternation of both placements. */
const BOTH_PLACEMENTS = new Map(
  GLIDES.flatMap((glide) =>
    TONES.flatMap((tone) => {
      const first = `${glide[0]}${tone}${glide[1]}`.normalize('NFC');
      const second = `${glide}${tone}`.normalize('NFC');
      return [first, second].map((form) => [form, `(?:${first}|${second})`] as const);
    }),
  ),
);
const TONED_GLIDE = new RegExp(`(?<![qQ])(?:${[...BOTH_PLACEMENTS.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * The same regular expression, matching either tone placement wherever it names an open
 * "oa", "oe" or "uy" syllable: write a pattern once ("huyện ủy", "khóa") and it also
 * matches "huyện uỷ" and "khoá". Every pattern of the parser goes through here instead
 * of spelling both placements out.
 */
export function anyTonePlacement(pattern: RegExp): RegExp {
  return new RegExp(anyTonePlacementSource(pattern.source), pattern.flags);
}

/** `anyTonePlacement` for the source of a pattern still being put together. */
export function anyTonePlacementSource(source: string): string {
  return source.normalize('NFC').replace(TONED_GLIDE, (glide) => BOTH_PLACEMENTS.get(glide)!);
}
