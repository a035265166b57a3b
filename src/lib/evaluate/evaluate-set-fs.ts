import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseReport } from '../parse/parse-report.ts';
import { ReportError } from '../parse/report-error.ts';
import { handCheckedSetSchema } from './hand-checked.ts';
import { scorePages, type Outcome, type PageScore } from './score-pages.ts';

function parseOutcome(path: string): Outcome {
  try {
    return { report: parseReport(basename(path), readFileSync(path)) };
  } catch (error) {
    if (error instanceof ReportError) return { error: error.message };
    throw error;
  }
}

/** Parses every page a set's `manifest.json` lists and scores it against what the person read. */
export function evaluateSet(folder: string): PageScore {
  const manifestPath = join(folder, 'manifest.json');
  const checked = handCheckedSetSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`${manifestPath}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return scorePages(checked.data.map((expected) => ({ name: expected.file, outcome: parseOutcome(join(folder, expected.file)), expected })));
}
