/**
 * `fn` over `items`, at most `width` at a time, results in the items' order. For disk
 * work: thousands of files opened at once would run out of file descriptors, and on
 * this disk a few dozen at a time already keep it busy.
 */
export async function mapAtMost<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const work = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, work));
  return results;
}
