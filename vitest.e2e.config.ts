import { defineConfig } from 'vitest/config';

// Browser journeys: one server for the whole run (e2e/global-setup.ts), one file at a time.
// E2E_DATABASE_URL=postgres://… runs them on a fresh PostgreSQL database instead of PGlite.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
