import { defineConfig } from 'vitest/config';

// With TEST_DATABASE_URL the database tests run against PostgreSQL, otherwise against PGlite.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    include: onPostgres ? ['src/server/**/*.test.ts'] : ['src/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only fight over them.
    maxWorkers: 2,
  },
});
