// Builds a migrated, seeded database once per test run; each test file starts from a copy.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { seedDemoUsers } from '../db/seed/demo-users.js';
import { seedDirectory } from '../db/seed/directory.js';

const here = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_DIR = join(here, '../../../.tmp');
/** One template per test run (global-setup.ts names the run; its workers inherit the name). */
const RUN = (process.env.DOINGOAI_TEST_RUN ?? 'default').replace(/\W/g, '');
export const PGLITE_TEMPLATE = join(TEMPLATE_DIR, `pglite-template-${RUN}.tar.gz`);
export const PG_TEMPLATE_DB = `doingoai_test_template_${RUN}`;

/** A template has the schema, the unit directory and the demo accounts, nothing else. */
export async function buildPgliteTemplate(): Promise<Blob> {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const database = await openDatabase({});
  await migrateDatabase(database);
  await seedDirectory(database.db);
  await seedDemoUsers(database.db);
  const dump = await database.pglite!.dumpDataDir('gzip');
  await database.close();
  return dump;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function buildPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${PG_TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: withDatabase(adminUrl, PG_TEMPLATE_DB), poolSize: 1 });
  await migrateDatabase(database);
  await seedDirectory(database.db);
  await seedDemoUsers(database.db);
  await database.close();
}

export async function dropPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
  } finally {
    await admin.end();
  }
}
