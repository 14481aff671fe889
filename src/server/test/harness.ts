// A real database and a real app for each test file: PGlite from the run's template, or a fresh
// PostgreSQL database copied from the template database when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll } from 'vitest';
import { buildApp } from '../app.js';
import { type Database, openDatabase } from '../db/client.js';
import { units } from '../db/schema/units.js';
import { users } from '../db/schema/users.js';
import { DEMO_PASSWORD } from '../db/seed/demo-users.js';
import type { Actor } from '../lib/actor.js';
import { fixedClock } from '../lib/clock.js';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE, withDatabase } from './template.js';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const blob = new Blob([readFileSync(PGLITE_TEMPLATE)]);
    return openDatabase({ loadDataDir: blob });
  }
  const name = `doingoai_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${PG_TEMPLATE_DB}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * The app on a fresh database holding the unit directory and the demo accounts, with a clock
 * fixed at `today`. Closed after the file's tests.
 */
export async function createTestApp(opts: { today?: string } = {}) {
  const database = await openTestDatabase();
  const clock = fixedClock(opts.today ?? '2026-03-01');
  const app = await buildApp(
    { db: database.db, dbKind: database.kind, clock, secureCookies: false },
    { serveWeb: false },
  );
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cookies = new Map<string, Promise<string>>();

  /** Signs in (once per username, even when called concurrently) and returns the cookie header. */
  function login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = cookies.get(username);
    if (cached) return cached;
    const pending = (async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const set = res.cookies.find((c) => c.name === 'doingoai_sid');
      return `doingoai_sid=${set!.value}`;
    })();
    cookies.set(username, pending);
    pending.catch(() => cookies.delete(username));
    return pending;
  }

  /**
   * An API call as a signed-in demo user (or anonymous with `as: null`). A session ended by the
   * test (a lock, a role change, a password reset) is opened again once.
   */
  async function api(
    as: string | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) {
    let cookie = '';
    const call = async () => {
      cookie = as ? await login(as) : '';
      return app.inject({
        method,
        url,
        headers: as ? { cookie } : {},
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
    };
    const res = await call();
    if (as === null || res.statusCode !== 401) return res;
    const current = cookies.get(as);
    if (current && (await current.catch(() => '')) === cookie) cookies.delete(as);
    return call();
  }

  async function unitByCode(code: string) {
    const [row] = await database.db.select().from(units).where(eq(units.code, code));
    if (!row) throw new Error(`no unit ${code}`);
    return row;
  }

  async function actor(username: string): Promise<Actor> {
    const [u] = await database.db.select().from(users).where(eq(users.username, username));
    if (!u) throw new Error(`no user ${username}`);
    return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, unitId: u.unitId };
  }

  return { app, db: database.db, dbKind: database.kind, clock, login, api, unitByCode, actor };
}
