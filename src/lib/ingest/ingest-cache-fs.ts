import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { linkFiles } from '../fs/link-files-fs.ts';
import { mapAtMost } from '../fs/map-at-most.ts';
import type { Provenance } from '../provenance/source-list.ts';
import type { ChunkResult, FileStatus } from './ingest-chunk-fs.ts';

/** Kept in the output folder, so it always describes the articles beside it. */
export const INGEST_CACHE = '.ingest-cache.json';
/** Where reused articles wait in the staging folder until their slug is settled. */
const REUSED = '.reused';

/** What the last run made of one raw report that became an article of its own. */
interface CachedArticle {
  /** SHA-256 of the raw report's bytes. */
  sha256: string;
  /** Its row of the source list, which the article carries. */
  provenance: Provenance | null;
  status: Pick<FileStatus, 'file' | 'status' | 'warnings'>;
  written: Omit<Required<ChunkResult>['written'], 'staged' | 'slug'>;
  /** The slug its article file carries. */
  slug: string;
}

interface CacheFile {
  /** The code that made the articles: any change to it and every report is parsed again. */
  parser: string;
  articles: Record<string, CachedArticle>;
}

/** Folders under src/ whose code decides what an article file holds; with the lock file (the gazetteer's version, remark's). */
const PARSER_CODE = ['lib/parse', 'lib/extract', 'lib/vietnamese', 'lib/ingest', 'lib/provenance', 'lib/site/dates', 'schemas'];

function parserFingerprint(): string {
  const src = new URL('../../', import.meta.url);
  const hash = createHash('sha256');
  for (const folder of PARSER_CODE) {
    const dir = new URL(`${folder}/`, src);
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
    for (const file of files) hash.update(file).update(readFileSync(new URL(file, dir)));
  }
  return hash.update(readFileSync(new URL('../package-lock.json', src))).digest('hex');
}

function readCache(output: string, parser: string): CacheFile['articles'] {
  try {
    const cache = JSON.parse(readFileSync(join(output, INGEST_CACHE), 'utf8')) as CacheFile;
    return cache.parser === parser ? cache.articles : {};
  } catch {
    return {};
  }
}

export interface Reuse {
  /** The outcome of each raw report whose bytes, source row and parser are unchanged since the last run. */
  reused: Map<string, ChunkResult>;
  /**
   * What to remember of each outcome, taken before the duplicate steps change it
   * (they rewrite a status and, for one address, a text key).
   */
  remember: (outcomes: ChunkResult[]) => Map<string, Omit<CachedArticle, 'slug'>>;
  /** Once every article is in place: writes this run's cache into the staging folder, for the articles written as parsed (`slugs`: file → slug), if there are any. */
  finish: (remembered: Map<string, Omit<CachedArticle, 'slug'>>, slugs: Map<string, string>) => void;
}

/**
 * The articles of the last run that can be used again, found by content hash: a raw
 * report whose bytes (SHA-256), source-list row and parser code are the same as last
 * time is not parsed again; its article file is hard-linked into `staging` (see
 * link-files-fs.ts) and its slug settled with the others. Everything else goes to the
 * parser. A linked file is never written in place: that would change the last run's.
 */
export async function reuseUnchanged(input: string, output: string, staging: string, files: string[], sources: Map<string, Provenance>): Promise<Reuse> {
  const parser = parserFingerprint();
  const cached = readCache(output, parser);
  const provenanceOf = (file: string) => sources.get(file) ?? null;
  const candidates = files.filter((file) => {
    const entry = cached[file];
    return entry && isDeepStrictEqual(entry.provenance, provenanceOf(file)) && existsSync(join(output, `${entry.slug}.md`));
  });
  const hashes = await mapAtMost(candidates, 32, async (file) => createHash('sha256').update(await readFile(join(input, file))).digest('hex'));
  const unchanged = candidates.filter((file, index) => hashes[index] === cached[file]!.sha256);
  await linkFiles(unchanged.map((file) => `${cached[file]!.slug}.md`), output, join(staging, REUSED));
  const reused = new Map(
    unchanged.map((file): [string, ChunkResult] => {
      const { status, written, slug } = cached[file]!;
      return [file, { status: { ...status }, written: { ...written, staged: join(staging, REUSED, `${slug}.md`), slug } }];
    }),
  );
  const remember = (outcomes: ChunkResult[]) =>
    new Map(
      outcomes.flatMap(({ status, written }) => {
        if (!written) return [];
        const { staged: _staged, slug: _slug, ...kept } = written;
        const entry = { sha256: written.source.sha256, provenance: provenanceOf(status.file), status: { file: status.file, status: status.status, ...(status.warnings && { warnings: status.warnings }) }, written: kept };
        return [[status.file, structuredClone(entry)] as const];
      }),
    );
  const finish = (remembered: Map<string, Omit<CachedArticle, 'slug'>>, slugs: Map<string, string>) => {
    rmSync(join(staging, REUSED), { recursive: true, force: true });
    const articles: CacheFile['articles'] = {};
    for (const [file, slug] of slugs) {
      const entry = remembered.get(file);
      if (entry) articles[file] = { ...entry, slug };
    }
    if (slugs.size > 0) writeFileSync(join(staging, INGEST_CACHE), JSON.stringify({ parser, articles } satisfies CacheFile));
  };
  return { reused, remember, finish };
}
