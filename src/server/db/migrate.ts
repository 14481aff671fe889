// Brings a database to the current schema: extensions, Drizzle migrations, then database rules.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Database } from './client.js';

const here = dirname(fileURLToPath(import.meta.url));
const migrationsFolder = join(here, '../../../drizzle');
const sqlFile = (name: string) => readFileSync(join(here, 'sql', name), 'utf8');

/** An arbitrary constant: several app servers starting at once migrate one at a time. */
const MIGRATION_LOCK = 4_021_517;

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.pglite) {
    const client = database.pglite;
    await client.exec(sqlFile('pre.sql'));
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    await client.exec(sqlFile('post.sql'));
    return;
  }
  // One dedicated connection: the advisory lock belongs to the session that takes it.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(sqlFile('pre.sql'));
    await migratePg(drizzlePg(client), { migrationsFolder });
    await client.query(sqlFile('post.sql'));
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
