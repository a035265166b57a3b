const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "VIII" → 8, "XXIV" → 24; digits pass through. Null for anything that is not a well-formed number. */
export function parseOrdinal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) || null;
  const letters = text.toUpperCase();
  if (!/^[IVXLC]+$/.test(letters)) return null;
  let total = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const value = VALUES[letters[i]!]!;
    const next = VALUES[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === letters ? total : null;
}

function toRoman(n: number): string {
  const steps: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let roman = '';
  for (const [value, letters] of steps) {
    while (rest >= value) {
      roman += letters;
      rest -= value;
    }
  }
  return roman;
}
