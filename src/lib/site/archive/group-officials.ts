import type { Article } from '../../../schemas/article.ts';
import type { Official, Position } from '../../../schemas/entities.ts';
import { isoDate, publishedDate } from '../dates/date-parts.ts';
import { slugify } from '../../vietnamese/slugify.ts';
import { toneKey } from '../../vietnamese/tone-key.ts';
import { uniqueSlugs } from './unique-slugs.ts';

/** One title an official was reported with, and when. */
export interface PositionHistory {
  title: string;
  /** Publication dates of the first and last report stating it, to the precision printed (see `isoDate`); null when undated. */
  first: string | null;
  last: string | null;
  reports: number;
}

/** One official across the archive. */
export interface OfficialGroup<T> {
  key: string;
  slug: string;
  /** The name as the newest report writes it. */
  name: string;
  province: string | null;
  /** Every report naming them, in the given order, with the positions it states. */
  mentions: { item: T; positions: Position[] }[];
  /** Each distinct title, oldest first. */
  positions: PositionHistory[];
}

/**
 * Who an official is across reports: one name (whatever its tone placement) in one
 * province. Same-named officials of different provinces stay apart, and an official
 * of a report with no known province is not merged with anyone else's.
 */
export function officialKey(official: Official, article: Article): string {
  return `${toneKey(official.name)}|${article.province ? toneKey(article.province) : `?${article.slug}`}`;
}

function history<T>(mentions: OfficialGroup<T>['mentions'], article: (item: T) => Article): PositionHistory[] {
  const titles = new Map<string, PositionHistory>();
  for (const { item, positions } of mentions.toReversed()) {
    const published = publishedDate(article(item));
    const date = published && isoDate(published);
    for (const { title } of positions) {
      const known = titles.get(toneKey(title)) ?? { title, first: date, last: date, reports: 0 };
      known.last = date ?? known.last;
      known.first ??= date;
      known.reports += 1;
      titles.set(toneKey(title), known);
    }
  }
  return [...titles.values()];
}

/**
 * Groups the officials of `items` (articles, newest first) into one entry per
 * person, sorted by name as Vietnamese readers sort it, each with a unique slug.
 */
export function groupOfficials<T>(items: T[], article: (item: T) => Article): OfficialGroup<T>[] {
  const groups = new Map<string, OfficialGroup<T>>();
  for (const item of items) {
    const data = article(item);
    for (const official of data.officials) {
      const key = officialKey(official, data);
      const group = groups.get(key) ?? {
        key,
        slug: slugify([official.name, data.province ?? ''].join(' ')),
        name: official.name,
        province: data.province,
        mentions: [],
        positions: [],
      };
      group.mentions.push({ item, positions: official.positions });
      groups.set(key, group);
    }
  }
  for (const group of groups.values()) group.positions = history(group.mentions, article);
  return uniqueSlugs([...groups.values()]).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.slug.localeCompare(b.slug));
}
