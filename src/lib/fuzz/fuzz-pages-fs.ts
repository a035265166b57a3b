import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
/** What the fuzz mutates: the bundled seeds and the real pages saved from the sites, chrome and all. */
export const FUZZ_SOURCES = ['content/raw', 'tests/fixtures/realworld/raw'];

/** Every page of FUZZ_SOURCES as [name, bytes], in a fixed order. */
export function readFuzzPages(): [string, Buffer][] {
  return FUZZ_SOURCES.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name): [string, Buffer] => [`${folder}/${name}`, readFileSync(join(ROOT, folder, name))]),
  );
}
