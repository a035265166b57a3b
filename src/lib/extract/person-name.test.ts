import { describe, expect, it } from 'vitest';
import { personName } from './person-name.ts';

describe('personName', () => {
  it('takes two to four syllables opening with a family name', () => {
    expect(personName('Nguyễn Văn Cương')).toBe('Nguyễn Văn Cương');
    expect(personName('Lê Minh')).toBe('Lê Minh');
    expect(personName('Nguyễn')).toBeNull();
    expect(personName('Nguyễn Thị Minh Khai Hà')).toBeNull();
  });

  it('refuses runs that open with no family name, and places', () => {
    expect(personName('Mỹ Đức')).toBeNull();
    expect(personName('Hà Nội')).toBeNull();
    expect(personName('Phó Bí')).toBeNull();
  });
});
