// The session check from memory: two app servers, each with its own connections to one database
// (on PGlite, two apps on the embedded one). A session one server has seen is answered from
// memory, and every way a session ends (sign-out, password change, deactivation, role change)
// is seen by the other server on the very next request.
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type Database, openDatabase, rowsOf } from '../db/client.js';
import { createTestApp } from '../test/harness.js';
import { withDatabase } from '../test/template.js';

const t = await createTestApp();

/** On PostgreSQL, the second server opens its own pool and its own listening connection. */
async function secondDatabase(): Promise<Database | null> {
  if (t.dbKind !== 'postgres') return null;
  const [row] = rowsOf<{ name: string }>(await t.db.execute(sql`select current_database() as name`));
  return openDatabase({ url: withDatabase(process.env.TEST_DATABASE_URL!, row!.name), poolSize: 2 });
}
const otherDb = await secondDatabase();

async function server(db: typeof t.db) {
  const app = await buildApp(
    { db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
    { serveWeb: false },
  );
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base };
}
const a = await server(t.db);
const b = await server(otherDb?.db ?? t.db);
afterAll(async () => {
  await a.app.close();
  await b.app.close();
  await otherDb?.close();
});

/** Over real HTTP, as a browser would reach another server behind the load balancer. */
async function call(base: string, method: string, path: string, cookie?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text ? JSON.parse(text) : null,
    setCookie: res.headers.get('set-cookie'),
  };
}

async function signIn(username: string, password = 'demo123') {
  const res = await call(a.base, 'POST', '/api/auth/login', undefined, { username, password });
  expect(res.status).toBe(200);
  return res.setCookie!.split(';')[0]!;
}

/** Waits until both servers listen (they start as they are built; PGlite's at once). */
async function listening() {
  for (let i = 0; t.dbKind === 'postgres'; i++) {
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and query like 'listen %'`),
    );
    if (row!.n >= 2) break;
    if (i > 100) throw new Error('the servers never listened');
    await new Promise((r) => setTimeout(r, 50));
  }
  return signIn('sngv');
}

async function hiddenly(run: () => Promise<unknown>) {
  await t.db.execute(sql`alter table sessions disable trigger sessions_notify`);
  try {
    await run();
  } finally {
    await t.db.execute(sql`alter table sessions enable trigger sessions_notify`);
  }
}

describe('the session check from memory', () => {
  it('answers a session a server has seen without asking the database', async () => {
    const cookie = await listening();
    expect((await call(b.base, 'GET', '/api/me', cookie)).status).toBe(200);
    // the row is deleted with the notification switched off: memory still answers on b…
    await hiddenly(() =>
      t.db.execute(sql`delete from sessions where user_id = (select id from users where username = 'sngv')`),
    );
    expect((await call(b.base, 'GET', '/api/me', cookie)).status).toBe(200);
    // …and a server that never saw the session asks the database, which refuses it
    const c = await server(t.db);
    expect((await call(c.base, 'GET', '/api/me', cookie)).status).toBe(401);
    await c.app.close();
  });

  it('ends a signed-out session on the other server at once', async () => {
    const cookie = await signIn('svhttdl');
    expect((await call(b.base, 'GET', '/api/me', cookie)).status).toBe(200);
    expect((await call(b.base, 'GET', '/api/me', cookie)).status).toBe(200);
    expect((await call(a.base, 'POST', '/api/auth/logout', cookie)).status).toBe(200);
    expect((await call(b.base, 'GET', '/api/me', cookie)).status).toBe(401);
  });

  it('ends every other session on a password change, and a deactivated person everywhere', async () => {
    const first = await signIn('quynhontay');
    const second = await signIn('quynhontay');
    expect((await call(b.base, 'GET', '/api/me', first)).status).toBe(200);
    expect((await call(b.base, 'GET', '/api/me', second)).status).toBe(200);
    const changed = await call(a.base, 'POST', '/api/me/password', second, {
      currentPassword: 'demo123',
      newPassword: 'Mat-khau-moi-2026',
    });
    expect(changed.status).toBe(200);
    const renewed = changed.setCookie!.split(';')[0]!;
    expect((await call(b.base, 'GET', '/api/me', first)).status).toBe(401);
    expect((await call(b.base, 'GET', '/api/me', renewed)).status).toBe(200);
    await t.db.execute(sql`update users set active = false where username = 'quynhontay'`);
    expect((await call(b.base, 'GET', '/api/me', renewed)).status).toBe(401);
    await t.db.execute(sql`update users set active = true where username = 'quynhontay'`);
  });

  it('gives the other server the new role of a person at once', async () => {
    const cookie = await signIn('lanhdao');
    expect((await call(b.base, 'GET', '/api/users', cookie)).status).toBe(403);
    await t.db.execute(sql`update users set role = 'admin' where username = 'lanhdao'`);
    expect((await call(b.base, 'GET', '/api/users', cookie)).status).toBe(200);
    await t.db.execute(sql`update users set role = 'leader' where username = 'lanhdao'`);
    expect((await call(b.base, 'GET', '/api/users', cookie)).status).toBe(403);
  });
});
