import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/lib/extract/find-documents.ts';
import { findMeeting } from '../../src/lib/extract/find-meeting.ts';
import { findOfficials } from '../../src/lib/extract/find-officials.ts';

const lines = readFileSync(join(import.meta.dirname, '../fixtures/entities/negative.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

describe('look-alikes extract nothing', () => {
  it('has its fixtures', () => expect(lines.length).toBeGreaterThanOrEqual(20));

  it.each(lines)('%s', (line) => {
    expect({
      officials: findOfficials([line], 'Hà Nội'),
      documents: findDocuments([line], { district: 'Thanh Trì', province: 'Hà Nội' }),
      meeting: findMeeting(line, '2021-04-02T13:49:00+07:00'),
    }).toEqual({ officials: [], documents: [], meeting: null });
  });
});
