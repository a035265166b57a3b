/**
 * The page numbers a listing's pagination shows: the first, the last, and `around`
 * either side of the current one, with `null` where a run of numbers is left out. A
 * large archive has hundreds of pages, and every listing page listing them all would
 * weigh more than its articles. A gap of a single page shows that page instead.
 */
export function pageNumbers(current: number, last: number, around = 2): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = Math.max(1, current - around); n <= Math.min(last, current + around); n += 1) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => {
    const previous = sorted[i - 1];
    if (previous === undefined || n - previous === 1) return [n];
    return n - previous === 2 ? [n - 1, n] : [null, n];
  });
}
