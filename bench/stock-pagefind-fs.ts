import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The bare search page the stock index is measured with: Pagefind's own API as its
 * documentation shows it (load with the page, `search(query)` as typed, the first ten
 * results' `data()` and Pagefind's excerpts), with the ids and status wording the
 * search bench watches for on ours.
 */
const STOCK_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind</title></head>
<body>
<form><input id="search-q" type="search" name="q"><button>Tìm</button></form>
<p data-status></p>
<ol data-results></ol>
<script type="module">
const pagefind = import('/pagefind/pagefind.js').then(async (module) => { await module.init(); return module; });
const input = document.querySelector('#search-q');
const status = document.querySelector('[data-status]');
const list = document.querySelector('[data-results]');
async function search(query) {
  const found = await (await pagefind).search(query);
  const first = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  list.replaceChildren(...first.map((data) => {
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title });
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt;
    item.append(link, excerpt);
    return item;
  }));
  status.textContent = found.results.length ? 'Tìm thấy ' + found.results.length + ' bài viết.' : 'Không tìm thấy bài viết nào.';
}
document.querySelector('form').addEventListener('submit', (event) => {
  event.preventDefault();
  search(input.value);
});
const query = new URLSearchParams(location.search).get('q');
if (query) search((input.value = query));
</script>
</body>
</html>
`;

/**
 * A stock Pagefind index of a built site's pages, in `<out>/pagefind/`: Pagefind's
 * defaults over the pages exactly as served (no mirror, no index form), and the bare
 * search page above in `<out>/tim-kiem/`.
 */
export async function writeStockSearch(site: string, out: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await mkdir(join(out, 'tim-kiem'), { recursive: true });
    await writeFile(join(out, 'tim-kiem', 'index.html'), STOCK_PAGE);
    await writeFile(join(out, '404.html'), '<!doctype html><title>404</title>');
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
