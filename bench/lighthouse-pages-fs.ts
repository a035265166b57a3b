import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from '../src/lib/site/ui/paths.ts';

/** The four pages Lighthouse audits in a build: home, its first article, its newest year and a search. */
export async function lighthousePages(site: string): Promise<{ name: string; path: string }[]> {
  const first = async (folder: string) => (await readdir(join(site, folder))).sort()[0]!;
  const years = (await readdir(join(site, 'nam'))).filter((name) => /^\d{4}$/.test(name)).sort();
  return [
    { name: 'home', path: paths.home() },
    { name: 'article', path: paths.article(await first('bai-viet')) },
    { name: 'year', path: paths.facet('year', years.at(-1)!) },
    { name: 'search', path: `${paths.search()}?q=dang%20uy` },
  ];
}
