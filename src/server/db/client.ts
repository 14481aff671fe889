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

/**
 * The database's notifications (LISTEN/NOTIFY): each `listen` is its own subscription, as a
 * separate app server's would be. `onLive(false)` says messages may have been missed (not yet
 * listening, connection lost, closed); `onLive(true)` that every message from now on arrives.
 */
export interface Notifications {
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onLive: (live: boolean) => void,
  ): Subscription;
}

export interface Subscription {
  /**
   * Resolves once every message committed before the call has been handed to `onMessage`
   * (PostgreSQL: a round trip on the listening connection, shared by every caller waiting at the
   * time; PGlite: at once). Rejects when not listening.
   */
  sync(): Promise<void>;
  close(): Promise<void>;
}

const notificationsByDb = new WeakMap<Db, Notifications>();
/** The notifications of a database opened by `openDatabase` (undefined for any other). */
export const notificationsOf = (db: Db) => notificationsByDb.get(db);

/** PostgreSQL: one dedicated connection per subscription, opened again a second after it is lost. */
function postgresNotifications(url: string): Notifications {
  return {
    listen(channel, onMessage, onLive) {
      let current: pg.Client | null = null;
      let closed = false;
      let retry: NodeJS.Timeout | undefined;
      const lost = (c: pg.Client) => {
        if (current !== c && current !== null) return;
        current = null;
        onLive(false);
        c.end().catch(() => {});
        if (!closed && !retry) {
          retry = setTimeout(() => {
            retry = undefined;
            void connect();
          }, 1000);
          retry.unref();
        }
      };
      const connect = async () => {
        const c = new pg.Client({ connectionString: url, keepAlive: true });
        let gone = false;
        const onGone = () => {
          if (!gone) {
            gone = true;
            lost(c);
          }
        };
        c.on('notification', (m) => {
          if (m.channel === channel) onMessage(m.payload ?? '');
        });
        c.on('error', onGone);
        c.on('end', onGone);
        try {
          await c.connect();
          // a listener alone does not keep the process running
          (c as unknown as { connection: { stream: { unref?(): void } } }).connection.stream.unref?.();
          await c.query(`listen "${channel}"`);
        } catch {
          onGone();
          return;
        }
        if (closed) return void c.end().catch(() => {});
        current = c;
        onLive(true);
      };
      void connect();
      // One round trip answers everyone waiting when it was sent; whoever comes while it is on its
      // way waits for the next one (the one on its way may have left before their revocation).
      let inFlight: Promise<void> | null = null;
      let next: Promise<void> | null = null;
      const ping = () => {
        const c = current;
        if (!c) return Promise.reject(new Error('not listening'));
        // the empty statement: no parse, no plan; PostgreSQL sends pending notifications first
        return c.query('').then(() => {});
      };
      const sync = (): Promise<void> => {
        if (!inFlight) {
          inFlight = ping().finally(() => {
            inFlight = null;
          });
          return inFlight;
        }
        next ??= inFlight
          .catch(() => {})
          .then(() => {
            next = null;
            return sync();
          });
        return next;
      };
      return {
        sync,
        async close() {
          closed = true;
          clearTimeout(retry);
          onLive(false);
          const c = current;
          current = null;
          await c?.end().catch(() => {});
        },
      };
    },
  };
}

/** PGlite: the embedded backend tells its listeners as the notifying transaction commits. */
function pgliteNotifications(client: PGlite): Notifications {
  return {
    listen(channel, onMessage, onLive) {
      let unlisten: (() => Promise<void>) | undefined;
      let closed = false;
      client.listen(channel, onMessage).then(
        (u) => {
          if (closed) return void u();
          unlisten = u;
          onLive(true);
        },
        () => onLive(false),
      );
      return {
        // the embedded backend calls its listeners before the notifying commit returns
        sync: () => (unlisten && !closed ? Promise.resolve() : Promise.reject(new Error('not listening'))),
        async close() {
          closed = true;
          onLive(false);
          await unlisten?.().catch(() => {});
        },
      };
    },
  };
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection that dies (server restart, network) is replaced on next use; without a
    // listener its 'error' event would end the whole process.
    pool.on('error', (err) => console.error(`PostgreSQL: idle connection lost (${err.message})`));
    // A connection checked out (a transaction between two statements) that dies emits 'error' on
    // its client, where pg-pool listens only while it is idle: without this, PostgreSQL restarting
    // under load ended every app server (crash.test.ts). Its statement fails instead, the request
    // answers 503 DB_UNAVAILABLE, and the pool drops the client when it is released.
    pool.on('connect', (client) => {
      client.on('error', (err) => console.error(`PostgreSQL: connection lost (${err.message})`));
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    notificationsByDb.set(db, postgresNotifications(opts.url));
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
  notificationsByDb.set(db, pgliteNotifications(client));
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

/** The rows of a raw `db.execute(sql…)`, which both drivers return as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
