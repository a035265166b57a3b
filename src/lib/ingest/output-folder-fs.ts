import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { DEFAULT_OUTPUT, UsageError } from '../config/archive-options.ts';

/**
 * The mark of a collection the ingest wrote: a list of its files, in the folder itself.
 * The ingest replaces its output folder as a whole, so it must only ever replace a folder
 * that holds nothing but what it wrote there.
 */
export const MANIFEST = '.ingest-manifest.json';
const MANIFEST_MARK = 'vn-news-archive ingest';

interface Manifest {
  writtenBy: typeof MANIFEST_MARK;
  files: string[];
}

/** At most this many unknown names in a refusal: enough to recognise the folder. */
const NAMES_SHOWN = 5;

const isWithin = (inner: string, outer: string) => {
  const path = relative(outer, inner);
  return !path.startsWith('..') && !isAbsolute(path);
};

/** The real path of a folder that may not exist yet (symlinks resolved as far as they go). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

const listNames = (names: string[]) =>
  names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '');

/**
 * A folder of articles from before the manifest: every entry a `<slug>.md` whose front
 * matter carries that slug and a source. Adopted, so an existing collection needs no
 * hand clean-up.
 */
function isUnmarkedCollection(folder: string, names: string[]): boolean {
  return names.every((name) => {
    const slug = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(name)?.[1];
    if (!slug || !statSync(join(folder, name)).isFile()) return false;
    const text = readFileSync(join(folder, name), 'utf8');
    // YAML quotes a slug that would read as a number ('2020').
    const named = text.includes(`\nslug: ${slug}\n`) || text.includes(`\nslug: '${slug}'\n`);
    return text.startsWith('---\n') && named && text.includes('\nsource:\n');
  });
}

/** An earlier run's JSON report, known by how it opens (the summary's first count). */
function isIngestReport(path: string): boolean {
  if (!statSync(path).isFile()) return false;
  const handle = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    return /^\{\s*"read":/.test(head.subarray(0, readSync(handle, head)).toString('utf8'));
  } finally {
    closeSync(handle);
  }
}

function readManifest(folder: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Manifest;
    return manifest.writtenBy === MANIFEST_MARK && Array.isArray(manifest.files) ? manifest : null;
  } catch {
    return null;
  }
}

/** The files of the collection in `folder`; throws when the folder holds anything the ingest did not write. */
function collectionFiles(folder: string): string[] {
  const names = readdirSync(folder);
  const manifest = readManifest(folder);
  if (manifest) {
    const owned = new Set([MANIFEST, ...manifest.files]);
    const foreign = names.filter((name) => !owned.has(name));
    if (foreign.length) throw refusal(folder, `it holds files the ingest did not write (${listNames(foreign)})`);
    return names.filter((name) => name !== MANIFEST);
  }
  if (!isUnmarkedCollection(folder, names)) {
    throw refusal(folder, `it holds files the ingest did not write (${listNames(names)})`);
  }
  return names;
}

const refusal = (output: string, why: string) =>
  new UsageError(
    `refusing to write the collection to ${output}: ${why}. The ingest replaces its output folder as a whole, ` +
      `so it writes only to a new or empty folder, or one it wrote before. Choose such a folder with --output DIR (default: ${DEFAULT_OUTPUT}).`,
  );

export interface FolderCheck {
  input: string;
  output: string;
  report: string;
  allowEmpty: boolean;
}

/** Refuses a missing input before anything is read: the reason in words, not ENOENT. */
export function checkInput(input: string): void {
  if (!existsSync(input)) throw new UsageError(`the input folder ${input} does not exist. Give the folder of raw reports with --input DIR.`);
  if (!statSync(input).isDirectory()) throw new UsageError(`the input ${input} is not a folder. Give the folder of raw reports with --input DIR.`);
}

/**
 * Refuses, before anything is written, a run that could delete what the ingest did not
 * write: an output that is, contains or sits inside the input, an output holding
 * foreign files, a report inside either folder or over a file that is no ingest
 * report, and an input with no reports
 * (`reportCount` 0) that would empty an existing collection unless `allowEmpty`.
 */
export function checkOutput({ input, output, report, allowEmpty }: FolderCheck, reportCount: number): void {
  const [realInput, realOutput, realReport] = [input, output, report].map(realPath) as [string, string, string];
  if (isWithin(realOutput, realInput) || isWithin(realInput, realOutput)) {
    throw refusal(output, `it is, contains or sits inside the input folder ${input}`);
  }
  if (isWithin(realReport, realInput) || isWithin(realReport, realOutput)) {
    throw new UsageError(`refusing to write the report to ${report}: it is inside the input or the output folder. Choose another file with --report FILE.`);
  }
  if (existsSync(report) && !isIngestReport(report)) {
    throw new UsageError(`refusing to overwrite ${report}: it is not a report the ingest wrote. Choose another file with --report FILE.`);
  }
  if (!existsSync(output)) return;
  if (!statSync(output).isDirectory()) throw refusal(output, 'it is a file, not a folder');
  const articles = collectionFiles(output);
  if (articles.length > 0 && reportCount === 0 && !allowEmpty) {
    throw new UsageError(
      `the input folder ${input} holds no reports: ingesting it would empty the collection in ${output} (${articles.length} files). ` +
        `Check --input, or pass --allow-empty to empty it on purpose.`,
    );
  }
}

/** Marks a freshly written collection as the ingest's own, listing every file in it. */
export function writeManifest(folder: string): void {
  const manifest: Manifest = { writtenBy: MANIFEST_MARK, files: readdirSync(folder).filter((name) => name !== MANIFEST).sort() };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}
