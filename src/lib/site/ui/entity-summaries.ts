import { readDate } from '../dates/date-parts.ts';
import { formatShortDate } from '../dates/format-date.ts';
import type { DocumentGroup } from '../archive/group-documents.ts';
import type { OfficialGroup } from '../archive/group-officials.ts';
import { paths } from './paths.ts';
import { vi } from './vi.ts';

/** One line of an index page: where it leads, its name, and what to know at a glance. */
export interface EntitySummary {
  path: string;
  label: string;
  detail: string;
}

/** "Lê Minh Hải" · "Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân huyện · Quảng Ninh · 2 bài viết": the newest titles first. */
export function officialSummary(group: OfficialGroup<unknown>): EntitySummary {
  const latest = group.mentions[0]!.positions.map((position) => position.title).join(', ');
  return { path: paths.official(group.slug), label: group.name, detail: [latest, group.province, vi.listing.articles(group.mentions.length)].filter(Boolean).join(' · ') };
}

/** "Nghị quyết 20-NQ/TU" · "Quảng Ninh · ngày 2/12/2019 · 1 bài viết". */
export function documentSummary(group: DocumentGroup<unknown>): EntitySummary {
  const { kind, id, scope } = group.document;
  const signed = group.date && `ngày ${formatShortDate(readDate(group.date))}`;
  return { path: paths.document(group.slug), label: `${kind} ${id}`, detail: [scope, signed, vi.listing.articles(group.citations.length)].filter(Boolean).join(' · ') };
}
