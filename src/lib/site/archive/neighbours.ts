/** Each list's positions, found once: every article page asks for its neighbours in the same list. */
const positions = new WeakMap<readonly unknown[], Map<unknown, number>>();

/**
 * The articles just before (older) and after (newer) `current` in a newest-first list;
 * undated articles sit at the end of the list and so chain among themselves. The list is
 * indexed on first use and must not change afterwards.
 */
export function neighbours<T>(newestFirst: T[], current: T): { older: T | undefined; newer: T | undefined } {
  let position = positions.get(newestFirst);
  if (!position) {
    position = new Map();
    // Backwards, so an item listed twice keeps its first position, as indexOf would give.
    for (let i = newestFirst.length - 1; i >= 0; i -= 1) position.set(newestFirst[i], i);
    positions.set(newestFirst, position);
  }
  const index = position.get(current) ?? -1;
  return { older: newestFirst[index + 1], newer: index > 0 ? newestFirst[index - 1] : undefined };
}
