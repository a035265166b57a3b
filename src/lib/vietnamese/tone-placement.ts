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
