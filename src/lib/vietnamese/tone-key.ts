/** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_DIGIT: Record<string, string> = {
  '\u0300': '2',
  '\u0301': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
};

/** Names, titles and places recur from report to report: their keys are kept, up to a bound. */
const keys = new Map<string, string>();
const KEYS_KEPT = 10_000;

/**
 * A matching key that ignores where a syllable's tone mark sits, and case.
 * Old and new placement ("uỷ"/"ủy", "khoá"/"khóa", "hoà"/"hòa") give one key, while
 * different tones stay different ("Đảng" ≠ "Đáng"). The tone moves to a digit after its
 * syllable, so the key is for comparing and grouping, never for display.
 */
export function toneKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = computeToneKey(text);
    keys.set(text, key);
  }
  return key;
}

function computeToneKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS) ?? [];
      const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
      return bare + tones.map((mark) => TONE_DIGIT[mark]).join('');
    })
    .join(' ');
}
