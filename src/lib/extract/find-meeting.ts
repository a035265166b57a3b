import type { Meeting } from '../../schemas/entities.ts';
import { BODY_TENURE, BODY_TERM, COMMITTEE_PLENUM, MEETING_BODIES, MEETING_KINDS, MEETING_LEAD, MEETING_SESSION } from '../vietnamese/entity-patterns.ts';
import { parseOrdinal } from './parse-ordinal.ts';
import { resolveMeetingDate } from './resolve-meeting-date.ts';

function organOf(body: string): string | null {
  for (const [pattern, organ] of MEETING_BODIES) {
    const match = pattern.exec(body);
    if (match) return organ(match[1]?.toLowerCase() ?? '');
  }
  return null;
}

/** The kind of meeting and the organ that held it; a committee's numbered conference is its Ban Chấp hành's plenum. */
function kindOf(rest: string, organ: string, session: number | null): Pick<Meeting, 'kind' | 'organ'> | null {
  const kind = MEETING_KINDS.find(({ pattern }) => pattern.test(rest))?.kind;
  if (!kind) return null;
  if (kind !== 'hoi-nghi') return { kind, organ };
  const plenum = session !== null ? COMMITTEE_PLENUM[organ] : undefined;
  if (plenum) return { kind: 'hoi-nghi-ban-chap-hanh', organ: plenum };
  if (organ.startsWith('Ban Chấp hành')) return { kind: 'hoi-nghi-ban-chap-hanh', organ };
  if (organ.startsWith('Ban Thường vụ')) return { kind: 'hoi-nghi-ban-thuong-vu', organ };
  return { kind, organ };
}

/**
 * The meeting a lead reports, when it opens the way these reports do: "Chiều 19/7,
 * Thường trực Huyện uỷ tổ chức hội nghị giao ban…". The body must be one the patterns
 * know and the words after the verb must name a meeting; otherwise null, since a
 * wrong meeting is worse than none.
 */
export function findMeeting(lead: string, publishedAt: string | null): Meeting | null {
  const match = MEETING_LEAD.exec(lead.split(/(?<=\.)\s/u)[0]!);
  if (!match) return null;
  const [, partOfDay, day, month, year, named, rest] = match;
  const term = BODY_TERM.exec(named!);
  const tenure = BODY_TENURE.exec(named!);
  const cut = Math.min(term?.index ?? Infinity, tenure?.index ?? Infinity);
  const body = named!.slice(0, cut).trim();
  const numbered = MEETING_SESSION.exec(rest!);
  const session = numbered ? parseOrdinal(numbered[1]!) : null;
  const organ = organOf(body);
  const held = organ && kindOf(rest!, organ, session);
  if (!held) return null;
  return {
    kind: held.kind,
    session,
    body,
    organ: held.organ,
    term: term?.[1] ?? null,
    tenure: tenure ? `${tenure[1]}–${tenure[2]}` : null,
    date: day && month ? resolveMeetingDate(Number(day), Number(month), year ? Number(year) : null, publishedAt) : null,
    partOfDay: (partOfDay?.toLowerCase() as Meeting['partOfDay'] | undefined) ?? null,
  };
}
