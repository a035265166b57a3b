import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled raw reports, the same five real texts the archive ships with. */
export const RAW_DIR = join(import.meta.dirname, '../../content/raw');

export const seedFiles = readdirSync(RAW_DIR).filter((name) => name.endsWith('.txt')).sort();

export const readSeed = (name: string): Buffer => readFileSync(join(RAW_DIR, name));
export const readSeedText = (name: string): string => readSeed(name).toString('utf8');
