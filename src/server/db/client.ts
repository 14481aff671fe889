// Opens the database: embedded PGlite in a data folder by default, PostgreSQL when a URL is given.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction: every repo function accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** The PostgreSQL URL, when not embedded. */
  url?: string;
  close(): Promise<void>;
  /** The PGlite instance, when embedded (tests snapshot it). */
  pglite?: PGlite;
}

// DATE columns come back as 'YYYY-MM-DD' strings from both drivers (no timezone shifts).
pg.types.setTypeParser(1082, (v) => v);

export interface OpenOptions {
  /** postgres://… ; when absent, PGlite is used. */
  url?: string;
  /** PGlite data folder; absent = in memory. */
  dataDir?: string;
  /** PGlite: start from a dumped data folder (tests). */
  loadDataDir?: Blob | File;
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection that dies (server restart, network) is replaced on next use; without a
    // listener its 'error' event would end the whole process.
    pool.on('error', (err) => console.error(`PostgreSQL: idle connection lost (${err.message})`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', url: opts.url, close: () => pool.end() };
  }
  const client = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm },
    // PGlite's 128 MB of shared buffers would be most of the server's memory; the data files
    // stay in the operating system's cache anyway. 16 MB keeps a demo server under 200 MB RSS.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

/** The rows of a raw `db.execute(sql…)`, which both drivers return as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
