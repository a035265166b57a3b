import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Runs `npm run ingest -- …args` as a user would, and gives its exit code and output. */
export const ingestCli = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  run(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
