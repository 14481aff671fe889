// Statements PostgreSQL parses and plans once per connection: the hot paths (session check, the
// assignments list, the per-unit counts, the progress write) run through `executeNamed`, which
// sends them as named prepared statements. The name carries a hash of the text, so the variants
// of one query (other filters, another sort) are distinct statements and a name never meets a
// different text on a connection (node-postgres refuses that). PGlite runs the same call as an
// ordinary parameterised query (one embedded backend, nothing to share).
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { rowsOf } from './client.js';

interface Session {
  dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
  prepareQuery(
    query: { sql: string; params: unknown[] },
    fields: undefined,
    name: string | undefined,
    arrayMode: boolean,
  ): { execute(): Promise<unknown> };
}

/** Distinct texts seen; past this many, new variants run unnamed (no unbounded server memory). */
const MAX_NAMED = 500;
const names = new Map<string, string>();

/** The statement name of a text: `label_hash`, at most 63 bytes (PostgreSQL's NAMEDATALEN). */
export function statementName(label: string, text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMED) return undefined;
    const hash = createHash('sha1').update(text).digest('base64url').slice(0, 16);
    name = `${label.slice(0, 40)}_${hash}`;
    names.set(text, name);
  }
  return name;
}

/** Runs `query` on `db` (a database or a transaction) as the named prepared statement `label_…`. */
export async function executeNamed<T>(db: Db, label: string, query: SQL): Promise<T[]> {
  const session = db._.session as unknown as Session;
  const q = session.dialect.sqlToQuery(query);
  return rowsOf<T>(await session.prepareQuery(q, undefined, statementName(label, q.sql), false).execute());
}
