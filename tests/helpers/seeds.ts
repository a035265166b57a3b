import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assignSlugs, slugCandidate } from '../../src/lib/ingest/assign-slugs.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import type { Report } from '../../src/schemas/article.ts';

/** The bundled raw reports, the same five real texts the archive ships with. */
export const RAW_DIR = join(import.meta.dirname, '../../content/raw');

export const seedFiles = readdirSync(RAW_DIR).filter((name) => name.endsWith('.txt')).sort();

export const readSeed = (name: string): Buffer => readFileSync(join(RAW_DIR, name));
export const readSeedText = (name: string): string => readSeed(name).toString('utf8');

/** The bundled reports as the ingest makes them into articles: parsed, under the slugs it gives them. */
export function seedArticles(): Report[] {
  const reports = seedFiles.map((file) => parseReport(file, readSeed(file)));
  const slugs = assignSlugs(reports.map(slugCandidate));
  return reports.map((report, index) => ({ ...report, slug: slugs[index]! }));
}
