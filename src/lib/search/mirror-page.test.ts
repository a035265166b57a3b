import { describe, expect, it } from 'vitest';
import { mirrorPage } from './mirror-page.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>Đảng uỷ – Kho</title></head><body><header><nav>Trang chủ</nav></header><main><article>${main}<section>Bài liên quan</section></article></main><footer>Dữ liệu mở</footer></body></html>`;

describe('mirrorPage', () => {
  it('leaves the title heading out of the indexed text, keeping it as metadata', () => {
    const body = '<div data-pagefind-body><h1 data-pagefind-meta="title">Đảng uỷ</h1><p>Huyện uỷ</p></div>';
    expect(mirrorPage(page(body))).toBe('<!DOCTYPE html><html lang="vi"><body><div data-pagefind-body><h1 data-pagefind-ignore data-pagefind-meta="title">Ďảng ủy`</h1><p>Huyện ủy`</p></div></body></html>');
  });

  it('keeps the whole indexed element, nested elements of its kind included, and nothing around it', () => {
    const body = '<div data-pagefind-body><div class="body"><p>Một</p><div><p>Hai</p></div></div><span hidden data-pagefind-filter="year[data-value]" data-value="2024"></span></div>';
    expect(mirrorPage(page(body))).toBe(`<!DOCTYPE html><html lang="vi"><body>${body}</body></html>`);
  });

  it('touches no other heading, and leaves a page without an indexed element whole', () => {
    expect(mirrorPage('<h1 class="x">Tin</h1>')).toBe('<h1 class="x">Tin</h1>');
  });
});
