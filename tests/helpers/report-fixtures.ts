import { join } from 'node:path';

/** The parser's fixtures: real and seed-style reports with their hand-checked records. */
export const REPORT_FIXTURES = join(import.meta.dirname, '../fixtures/reports');
