/**
 * The articles just before (older) and after (newer) `current` in a newest-first list;
 * undated articles sit at the end of the list and so chain among themselves.
 */
export function neighbours<T>(newestFirst: T[], current: T): { older: T | undefined; newer: T | undefined } {
  const index = newestFirst.indexOf(current);
  return { older: newestFirst[index + 1], newer: index > 0 ? newestFirst[index - 1] : undefined };
}
