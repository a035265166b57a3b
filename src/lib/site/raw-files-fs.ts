import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the raw reports were ingested from; RAW_DIR overrides it, as for the benchmark. */
const RAW_DIR = resolve(process.env.RAW_DIR ?? 'content/raw');

/** The raw bytes of an ingested report, exactly as they were read. */
export function readRawFile(file: string): Buffer {
  return readFileSync(join(RAW_DIR, file));
}
