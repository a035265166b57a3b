import type { CitedDocument, IssuerLevel } from '../../schemas/entities.ts';
import {
  COUNCIL_ISSUERS,
  COUNCIL_OF_DISTRICT,
  DOCUMENT_DATE,
  DOCUMENT_LEAD_IN,
  DOCUMENT_NUMBER,
  DOCUMENT_TYPES,
  LEAD_IN_LOOK_BACK,
  LOOK_AROUND,
  NATIONAL_ISSUERS,
  PROVINCIAL_ISSUERS,
} from '../vietnamese/entity-patterns.ts';
import { calendarDate } from './calendar-date.ts';
import { documentIdentity } from './document-identity.ts';

/** Where the report is: local issuers' documents belong to its province or district. */
export interface ReportPlace {
  district: string | null;
  province: string | null;
}

function levelOf(issuer: string, after: string): IssuerLevel {
  if (NATIONAL_ISSUERS.has(issuer)) return 'national';
  if (PROVINCIAL_ISSUERS.has(issuer)) return 'province';
  if (COUNCIL_ISSUERS.has(issuer)) return COUNCIL_OF_DISTRICT.test(after) ? 'district' : 'province';
  return 'district';
}

function scopeOf(level: IssuerLevel, place: ReportPlace): string | null {
  if (level === 'national') return null;
  if (level === 'province') return place.province;
  if (!place.district) return null;
  return place.province ? `${place.district}, ${place.province}` : place.district;
}

/** One document within a report: one number in one place. */
const identity = (document: CitedDocument) => `${documentIdentity(document.id)}|${document.scope ?? ''}`;

/** Every citation in one text, in order; numbers with a type code the patterns do not know are left out. */
function* citations(text: string, place: ReportPlace): Generator<CitedDocument> {
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    const [, partyNumber, partyCode, partyIssuer, stateNumber, stateYear, stateCode, stateIssuer] = match;
    const type = DOCUMENT_TYPES[(partyCode ?? stateCode)!.toUpperCase()];
    if (!type) continue;
    const issuer = (partyIssuer ?? stateIssuer)!.toUpperCase();
    const number = (partyNumber ?? stateNumber)!;
    const year = stateYear ? Number(stateYear) : null;
    const end = match.index + match[0].length;
    const after = text.slice(end, end + LOOK_AROUND);
    const dated = DOCUMENT_DATE.exec(after);
    const leadIn = DOCUMENT_LEAD_IN.exec(text.slice(Math.max(0, match.index - LEAD_IN_LOOK_BACK), match.index))?.[0] ?? '';
    const level = levelOf(issuer, after);
    yield {
      id: partyNumber ? `${number}-${type.code}/${issuer}` : `${number}/${year ? `${year}/` : ''}${type.code}-${issuer}`,
      kind: type.kind,
      system: partyNumber ? 'party' : 'state',
      number,
      year,
      typeCode: type.code,
      issuer,
      level,
      scope: scopeOf(level, place),
      date: dated ? calendarDate(Number(dated[3]), Number(dated[2]), Number(dated[1])) : null,
      cited: `${leadIn}${match[0]}${dated?.[0] ?? ''}`.trim(),
    };
  }
}

/**
 * The party and state documents a report cites by number ("Nghị quyết số 20-NQ/TU
 * ngày 02/12/2019", "chương trình 04 - CTr / HU"), each once: later citations of the
 * same document only add a signing date the first one lacked.
 */
export function findDocuments(texts: string[], place: ReportPlace): CitedDocument[] {
  const documents = new Map<string, CitedDocument>();
  for (const text of texts) {
    for (const document of citations(text, place)) {
      const known = documents.get(identity(document));
      if (!known) documents.set(identity(document), document);
      else if (known.date === null) known.date = document.date;
    }
  }
  return [...documents.values()];
}
