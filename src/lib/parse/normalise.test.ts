import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';

describe('normalise', () => {
  it.each([
    ['CRLF and CR', 'một\r\nhai\rba', 'một\nhai\nba'],
    ['NBSP and runs of spaces', 'tập trung\u00a0\u00a0 hoàn thành', 'tập trung hoàn thành'],
    ['indentation and trailing space', '      Bám sát 05 Chương trình  \t', 'Bám sát 05 Chương trình'],
    ['NFD to NFC', 'Huyện ủy'.normalize('NFD'), 'Huyện ủy'],
    ['zero-width and soft hyphen', 'Huy\u200bện\u00ad ủy', 'Huyện ủy'],
    ['typos are kept', 'Nghị quyếy dức chiến đấu', 'Nghị quyếy dức chiến đấu'],
  ])('%s', (_, input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});
