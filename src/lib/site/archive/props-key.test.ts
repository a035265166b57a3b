import { describe, expect, it } from 'vitest';
import { propsKey } from './props-key.ts';

const article = (digest: string, title = 'Tiêu đề') => ({ id: 'a', collection: 'articles', digest, data: { title } });

describe('propsKey', () => {
  it('is the same for the same props, and an article counts by its digest alone', () => {
    const page = { number: 2, items: [article('d1'), article('d2')] };
    expect(propsKey(page)).toBe(propsKey({ number: 2, items: [article('d1', 'other data, same file digest'), article('d2')] }));
  });

  it('changes with any shown value: a number, an article file, the order, a nested field', () => {
    const base = propsKey({ page: { number: 1, items: [article('d1'), article('d2')] }, group: { label: 'Kiến Thụy' } });
    for (const other of [
      { page: { number: 2, items: [article('d1'), article('d2')] }, group: { label: 'Kiến Thụy' } },
      { page: { number: 1, items: [article('d1'), article('d3')] }, group: { label: 'Kiến Thụy' } },
      { page: { number: 1, items: [article('d2'), article('d1')] }, group: { label: 'Kiến Thụy' } },
      { page: { number: 1, items: [article('d1'), article('d2')] }, group: { label: 'Kiến Thuỵ' } },
      { page: { number: 1, items: [article('d1'), article('d2')] }, group: { label: 'Kiến Thụy', extra: null } },
    ]) expect(propsKey(other)).not.toBe(base);
  });
});
