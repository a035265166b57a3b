import { describe, expect, it } from 'vitest';
import { mirrorPage } from './mirror-page.ts';

describe('mirrorPage', () => {
  it('leaves the title heading out of the indexed text, keeping it as metadata', () => {
    const page = '<div data-pagefind-body><h1 data-pagefind-meta="title">Đảng uỷ</h1><p>Huyện uỷ</p></div>';
    expect(mirrorPage(page)).toBe('<div data-pagefind-body><h1 data-pagefind-ignore data-pagefind-meta="title">Ďảng ủy`</h1><p>Huyện ủy`</p></div>');
  });

  it('touches no other heading', () => {
    expect(mirrorPage('<h1 class="x">Tin</h1>')).toBe('<h1 class="x">Tin</h1>');
  });
});
