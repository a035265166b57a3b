import { describe, expect, it } from 'vitest';
import { documentIdentity } from './document-identity.ts';

describe('documentIdentity', () => {
  it('ignores leading zeros of the number and the case of the codes', () => {
    expect(documentIdentity('04-CTr/HU')).toBe(documentIdentity('4-CTR/HU'));
    expect(documentIdentity('042/NQ-CP')).toBe('42/NQ-CP');
  });

  it('keeps different numbers and codes apart, and a lone zero', () => {
    expect(documentIdentity('20-NQ/TU')).not.toBe(documentIdentity('2-NQ/TU'));
    expect(documentIdentity('20-NQ/TU')).not.toBe(documentIdentity('20-NQ/HU'));
    expect(documentIdentity('0/NQ-CP')).toBe('0/NQ-CP');
  });
});
