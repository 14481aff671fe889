// Backup and restore of the whole database, the same on PGlite and PostgreSQL: every table of the
// public schema as gzip JSON lines, read through a cursor in one snapshot (files included, memory
// bounded by a batch). Restore replaces every row of a migrated database in one transaction, as
// the owner: foreign keys are dropped and re-created around the load, the audit log's triggers
// paused (its rows and hash chain are copied as they are), sequences set past the largest id.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from './client.js';

export const BACKUP_FORMAT = 'doingoai-backup';
const FETCH_ROWS = 200;
const INSERT_ROWS = 200;
const INSERT_BYTES = 8 * 1024 * 1024;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  /** The migrations applied when the backup was taken: the target must have the same. */
  migrations: string[];
  tables: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the public schema, by name. */
export async function publicTables(db: Db): Promise<string[]> {
  return rowsOf<{ name: string }>(
    await db.execute(
      sql`select tablename::text as name from pg_tables where schemaname = 'public' order by tablename`,
    ),
  ).map((r) => r.name);
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`),
  )[0]?.t;
  if (!exists) return [];
  return rowsOf<{ hash: string }>(
    await db.execute(sql`select hash from drizzle.__drizzle_migrations order by id`),
  ).map((r) => r.hash);
}

/** Writes every row of every table to `file` (gzip JSON lines) from one consistent snapshot. */
export async function backupDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const tables = await publicTables(db);
  const header: Header = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(db),
    tables,
  };
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file));
  const write = async (s: string) => {
    if (!gzip.write(s)) await once(gzip, 'drain');
  };
  let rows = 0;
  try {
    await write(`${JSON.stringify(header)}\n`);
    await db.transaction(
      async (tx) => {
        for (const table of tables) {
          await tx.execute(
            sql.raw(
              `declare backup_rows no scroll cursor for select row_to_json(t)::text as j from ${ident(table)} t`,
            ),
          );
          for (;;) {
            const batch = rowsOf<{ j: string }>(
              await tx.execute(sql.raw(`fetch ${FETCH_ROWS} from backup_rows`)),
            );
            for (const r of batch) await write(`{"t":${JSON.stringify(table)},"r":${r.j}}\n`);
            rows += batch.length;
            if (batch.length < FETCH_ROWS) break;
          }
          await tx.execute(sql.raw('close backup_rows'));
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } finally {
    gzip.end();
    await written;
  }
  return { tables: tables.length, rows };
}

/**
 * Replaces every row of `db` (migrated to the backup's migrations) with the backup's, in one
 * transaction: on any error nothing changes.
 */
export async function restoreDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const lines = input[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== BACKUP_FORMAT || header.version !== 1)
    throw new Error('Tệp không phải bản sao lưu doingoai.');
  const migrations = await appliedMigrations(db);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations))
    throw new Error(
      'Bản sao lưu thuộc phiên bản lược đồ khác với cơ sở dữ liệu đích; hãy dùng đúng phiên bản phần mềm đã sao lưu.',
    );
  const tables = await publicTables(db);
  const unknown = header.tables.filter((t) => !tables.includes(t));
  if (unknown.length)
    throw new Error(`Bản sao lưu có bảng không có trong cơ sở dữ liệu đích: ${unknown.join(', ')}`);

  let rows = 0;
  await db.transaction(async (tx) => {
    const fks = rowsOf<{ tbl: string; name: string; def: string }>(
      await tx.execute(sql`
        select c.conrelid::regclass::text as tbl, c.conname::text as name, pg_get_constraintdef(c.oid) as def
        from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`),
    );
    for (const fk of fks)
      await tx.execute(sql.raw(`alter table ${fk.tbl} drop constraint ${ident(fk.name)}`));
    await tx.execute(sql.raw('alter table audit_log disable trigger user'));
    await tx.execute(sql.raw(`truncate ${tables.map(ident).join(', ')}`));

    let table = '';
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (!batch.length) return;
      await tx.execute(
        sql`${sql.raw(`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, `)}${`[${batch.join(',')}]`}::json)`,
      );
      rows += batch.length;
      batch = [];
      bytes = 0;
    };
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      if (!line) continue;
      // {"t":"name","r":{…}}: the row's JSON is kept as text, never parsed into objects
      const comma = line.indexOf(',"r":');
      const t = JSON.parse(line.slice(5, comma)) as string;
      const row = line.slice(comma + 5, -1);
      if (t !== table) {
        await flush();
        table = t;
      }
      batch.push(row);
      bytes += row.length;
      if (batch.length >= INSERT_ROWS || bytes >= INSERT_BYTES) await flush();
    }
    await flush();

    await tx.execute(sql.raw('alter table audit_log enable trigger user'));
    for (const fk of fks)
      await tx.execute(sql.raw(`alter table ${fk.tbl} add constraint ${ident(fk.name)} ${fk.def}`));
    const serials = rowsOf<{ tbl: string; col: string }>(
      await tx.execute(sql`
        select table_name::text as tbl, column_name::text as col from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`),
    );
    for (const s of serials)
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${ident(s.tbl)}', '${s.col}'), coalesce((select max(${ident(s.col)}) from ${ident(s.tbl)}), 0) + 1, false)`,
        ),
      );
  });
  return { tables: header.tables.length, rows };
}

/** A fingerprint of every table (row count and a digest of its rows in a stable order). */
export async function fingerprint(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const table of await publicTables(db)) {
    const [r] = rowsOf<{ n: number; md5: string }>(
      await db.execute(
        sql.raw(
          `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${ident(table)} t`,
        ),
      ),
    );
    out[table] = { rows: r!.n, md5: r!.md5 };
  }
  return out;
}
