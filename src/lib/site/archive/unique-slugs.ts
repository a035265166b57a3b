import { createHash } from 'node:crypto';

/** How many hex digits of a key's hash tell two groups with one slug apart, at the least. */
const SUFFIX_LENGTH = 6;

/**
 * Makes group slugs unique: among groups with one slug ("Nguyễn Văn Cương" and
 * "Nguyễn Văn Cường" both fold to "nguyen-van-cuong"), the first by key keeps it and
 * each other one gets a suffix from its own key's hash, which no other group's
 * arrival can change. A large archive has thousands of groups behind one slug (an
 * official of a report with no province is a group of its own), so two suffixes can
 * clash: the later key then takes more of its hash. Returns the groups sorted by key,
 * slugs rewritten in place.
 */
export function uniqueSlugs<T extends { key: string; slug: string }>(groups: T[]): T[] {
  const sorted = groups.toSorted((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Set<string>();
  for (const group of sorted) {
    if (taken.has(group.slug)) {
      const hash = createHash('sha256').update(group.key).digest('hex');
      let length = SUFFIX_LENGTH;
      while (taken.has(`${group.slug}-${hash.slice(0, length)}`)) length += 1;
      group.slug = `${group.slug}-${hash.slice(0, length)}`;
    }
    taken.add(group.slug);
  }
  return sorted;
}
