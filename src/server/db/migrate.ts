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

/**
 * What the application's own role may do when migrations run under another (the owner): read
 * and write the tables, but only read and append to the audit log, never touch the chain's head,
 * and (not being the owner) never alter or drop a table, a trigger or a function.
 */
export function appRoleGrants(role: string): string {
  const r = `"${role.replace(/"/g, '""')}"`;
  return `
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${r};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain_head FROM ${r};
    REVOKE TRUNCATE, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r};`;
}

/** The role a PostgreSQL URL signs in as. */
export const roleOf = (url: string) => decodeURIComponent(new URL(url).username || 'postgres');

/**
 * Migrates `database`. With `ownerUrl` (MIGRATION_DATABASE_URL) the migrations run as that
 * owner and the application's role (the user of `database.url`) is granted only what it needs.
 */
export async function migrateDatabase(database: Database, opts: { ownerUrl?: string } = {}): Promise<void> {
  if (database.pglite) {
    const client = database.pglite;
    await client.exec(sqlFile('pre.sql'));
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    await client.exec(sqlFile('post.sql'));
    return;
  }
  // One dedicated connection: the advisory lock belongs to the session that takes it.
  const client = new pg.Client({ connectionString: opts.ownerUrl ?? database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(sqlFile('pre.sql'));
    await migratePg(drizzlePg(client), { migrationsFolder });
    await client.query(sqlFile('post.sql'));
    const appRole = database.url ? roleOf(database.url) : undefined;
    if (opts.ownerUrl && appRole && appRole !== roleOf(opts.ownerUrl))
      await client.query(appRoleGrants(appRole));
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
