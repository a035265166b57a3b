import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter()],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'tests/{extract,ingest,parse}/**/*.test.ts'] } },
      // Only these tests read built sites, so the three builds run only when one of them is queued.
      { test: { name: 'site', include: ['tests/{site,search}/**/*.test.ts'], globalSetup: ['tests/helpers/site-builds.ts'] } },
    ],
  },
});
