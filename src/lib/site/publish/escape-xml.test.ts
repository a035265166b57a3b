import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters and leaves Vietnamese text alone', () => {
    expect(escapeXml(`Trung tâm VHTT&TT <huyện> "Kiến Thụy" 'x'`)).toBe(
      'Trung tâm VHTT&amp;TT &lt;huyện&gt; &quot;Kiến Thụy&quot; &apos;x&apos;',
    );
  });
});
