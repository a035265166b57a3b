import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceList, SOURCE_LIST, type Provenance } from './source-list.ts';

/** The source list of an ingest input folder, checked against its reports; empty when the folder has none. */
export function readSourceListIn(input: string, files: string[]): Map<string, Provenance> {
  const path = join(input, SOURCE_LIST);
  return existsSync(path) ? readSourceList(readFileSync(path, 'utf8'), new Set(files)) : new Map();
}
