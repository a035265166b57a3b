import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linkFiles } from '../fs/link-files-fs.ts';
import { mapAtMost } from '../fs/map-at-most.ts';
import type { SlugCandidate } from './assign-slugs.ts';
import type { ChunkResult, FileStatus } from './ingest-chunk-fs.ts';

/** Kept in the output folder, so it always describes the articles beside it. */
const MANIFEST = '.ingest-cache.json';
/** Where reused articles wait in the staging folder until their slug is settled. */
const REUSED = '.reused';

/** What the last run made of one raw report that became an article. */
interface CachedArticle {
  sha256: string;
  status: Omit<FileStatus, 'slug'>;
  candidate: SlugCandidate;
  /** The slug its article file carries. */
  slug: string;
}

interface Manifest {
  /** The code that made the articles; any change to it and every report is parsed again. */
  parser: string;
  articles: Record<string, CachedArticle>;
}

/** The folders whose code decides what an article file holds, and the lock file (the gazetteer's version, remark's). */
const PARSER_CODE = ['lib/parse', 'lib/extract', 'lib/vietnamese', 'lib/ingest', 'schemas'];

function parserFingerprint(): string {
  const src = new URL('../../', import.meta.url);
  const hash = createHash('sha256');
  for (const folder of PARSER_CODE) {
    const dir = new URL(`${folder}/`, src);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()) {
      hash.update(file).update(readFileSync(new URL(file, dir)));
    }
  }
  return hash.update(readFileSync(new URL('../package-lock.json', src))).digest('hex');
}

function readManifest(output: string, parser: string): Manifest['articles'] {
  try {
    const manifest = JSON.parse(readFileSync(join(output, MANIFEST), 'utf8')) as Manifest;
    return manifest.parser === parser ? manifest.articles : {};
  } catch {
    return {};
  }
}

export interface Reuse {
  /** The outcome of each raw report whose bytes and parser are unchanged since the last run. */
  reused: Map<string, ChunkResult>;
  /** Once every slug is final and every article in place: writes this run's manifest into the staging folder. */
  finish: (outcomes: ChunkResult[]) => void;
}

/**
 * The articles of the last run that can be used again, found by content hash: a raw
 * report whose bytes (SHA-256) and parser code are the same as last time is not parsed
 * again; its article file is hard-linked into `staging` (see link-files-fs.ts) and its
 * slug settled with the others. Everything else goes to the parser as usual.
 */
export async function reuseUnchanged(input: string, output: string, staging: string, files: string[]): Promise<Reuse> {
  const parser = parserFingerprint();
  const cached = readManifest(output, parser);
  const candidates = files.filter((file) => cached[file] && existsSync(join(output, `${cached[file]!.slug}.md`)));
  const hashes = await mapAtMost(candidates, 32, async (file) => createHash('sha256').update(await readFile(join(input, file))).digest('hex'));
  const unchanged = candidates.filter((file, index) => hashes[index] === cached[file]!.sha256);
  await linkFiles(unchanged.map((file) => `${cached[file]!.slug}.md`), output, join(staging, REUSED));
  const reused = new Map(
    unchanged.map((file): [string, ChunkResult] => {
      const { status, candidate, slug } = cached[file]!;
      return [file, { status: { ...status }, written: { candidate, staged: join(staging, REUSED, `${slug}.md`), slug } }];
    }),
  );
  const finish = (outcomes: ChunkResult[]) => {
    rmSync(join(staging, REUSED), { recursive: true, force: true });
    const articles: Manifest['articles'] = {};
    for (const { status, written } of outcomes) {
      if (!written || !status.slug) continue;
      const { slug, ...rest } = status;
      articles[status.file] = { sha256: written.candidate.source.sha256, status: rest, candidate: written.candidate, slug };
    }
    writeFileSync(join(staging, MANIFEST), JSON.stringify({ parser, articles } satisfies Manifest));
  };
  return { reused, finish };
}
