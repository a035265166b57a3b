import { describe, expect, it } from 'vitest';

describe('src/lib/extract exports exactly its public names', () => {
  it.each([
    ['./calendar-date.ts', ['calendarDate']],
    ['./document-identity.ts', ['documentIdentity']],
    ['./expand-abbreviations.ts', ['expandAbbreviations']],
    ['./find-documents.ts', ['findDocuments']],
    ['./find-meeting.ts', ['findMeeting']],
    ['./find-officials.ts', ['findOfficials']],
    ['./official-mentions.ts', ['officialMentions']],
    ['./person-name.ts', ['personName']],
    ['./resolve-meeting-date.ts', ['resolveMeetingDate']],
    ['./parse-ordinal.ts', ['parseOrdinal']],
    ['./split-positions.ts', ['isPosition', 'splitPositions']],
  ])('%s', async (path, names) => {
    expect(Object.keys(await import(path)).sort()).toEqual(names);
  });
});
