// Sign-in rules that hold across the whole API: rate limits per account and per address,
// sessions in the database (any app server serves any session), sign-out, password change
// ending every other session, and the audit log that nothing can rewrite.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { rowsOf } from '../db/client.js';
import { createTestApp } from './harness.js';

const t = await createTestApp();
const second = await buildApp(
  { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
  { serveWeb: false },
);
await second.ready();

type App = typeof t.app;

async function signIn(app: App, username: string, password = 'demo123', ip = '192.0.2.10') {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
  const set = res.cookies.find((c) => c.name === 'doingoai_sid');
  return { res, cookie: set ? `doingoai_sid=${set.value}` : '' };
}

const me = (app: App, cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite session cookie and refuses wrong passwords alike for unknown names', async () => {
    const { res } = await signIn(t.app, 'sngv');
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    const wrong = await signIn(t.app, 'sngv', 'sai-mat-khau', '192.0.2.11');
    const unknown = await signIn(t.app, 'khong-co-ai', 'sai-mat-khau', '192.0.2.11');
    expect([wrong.res.statusCode, unknown.res.statusCode]).toEqual([401, 401]);
    expect(wrong.res.json().error).toEqual(unknown.res.json().error);
  });

  it('locks an account after 5 failed attempts, from any address, until the window passes', async () => {
    for (let i = 0; i < 5; i++) {
      const { res } = await signIn(t.app, 'quynhontay.tt', 'sai-mat-khau', `198.51.100.${i + 1}`);
      expect(res.statusCode).toBe(401);
    }
    const locked = await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.99');
    expect(locked.res.statusCode).toBe(429);
    expect(locked.res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.cookie).toBe('');
    // other accounts are not affected
    expect((await signIn(t.app, 'quynhontay', 'demo123', '198.51.100.99')).res.statusCode).toBe(200);
    // the lock counts in the database: the other app server refuses too
    expect((await signIn(second, 'quynhontay.tt', 'demo123', '198.51.100.98')).res.statusCode).toBe(429);
    const today = t.clock.today();
    t.clock.set('2026-03-02');
    try {
      expect((await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.99')).res.statusCode).toBe(200);
    } finally {
      t.clock.set(today);
    }
  });

  it('blocks an address after 30 failed attempts, whatever the names and forwarded headers', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: `khach${i}`, password: 'sai-mat-khau' },
        remoteAddress: ip,
        // a client cannot pick its own address: X-Forwarded-For counts only from a trusted proxy
        headers: { 'x-forwarded-for': `10.9.${i}.1` },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await signIn(t.app, 'sngv', 'demo123', ip);
    expect(blocked.res.statusCode).toBe(429);
    expect(blocked.res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signIn(t.app, 'sngv', 'demo123', '203.0.113.8')).res.statusCode).toBe(200);
    // behind a reverse proxy on this machine, the forwarded address is the one counted
    const viaProxy = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sngv', password: 'demo123' },
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': ip },
    });
    expect(viaProxy.statusCode).toBe(429);
  });
});

describe('sessions', () => {
  it('are shared by two app servers on the same database, and sign-out ends them on both', async () => {
    const { cookie } = await signIn(t.app, 'lanhdao');
    const there = await me(second, cookie);
    expect(there.statusCode).toBe(200);
    expect(there.json().username).toBe('lanhdao');
    const out = await second.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/doingoai_sid=;/);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
    expect((await me(second, cookie)).statusCode).toBe(401);
  });

  it('end when the password changes, except the one that changed it; the old password stops working', async () => {
    const a = await signIn(t.app, 'svhttdl.tt');
    const b = await signIn(second, 'svhttdl.tt');
    const change = (cookie: string, body: object) =>
      t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: body });

    const wrong = await change(a.cookie, { currentPassword: 'khong-dung', newPassword: 'mat-khau-moi-2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const weak = await change(a.cookie, { currentPassword: 'demo123', newPassword: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect((await me(t.app, a.cookie)).statusCode).toBe(200);

    const ok = await change(a.cookie, { currentPassword: 'demo123', newPassword: 'mat-khau-moi-2026' });
    expect(ok.statusCode).toBe(200);
    const fresh = ok.cookies.find((c) => c.name === 'doingoai_sid')!;
    expect((await me(t.app, a.cookie)).statusCode).toBe(401);
    expect((await me(second, b.cookie)).statusCode).toBe(401);
    expect((await me(second, `doingoai_sid=${fresh.value}`)).statusCode).toBe(200);
    expect((await signIn(t.app, 'svhttdl.tt', 'demo123', '192.0.2.20')).res.statusCode).toBe(401);
    expect((await signIn(t.app, 'svhttdl.tt', 'mat-khau-moi-2026', '192.0.2.21')).res.statusCode).toBe(200);

    const audit = await t.api('admin', 'GET', '/api/audit?action=change_password');
    expect(audit.json().items).toHaveLength(1);
    expect(JSON.stringify(audit.json())).not.toMatch(/argon2|mat-khau-moi/);
  });
});

describe('audit log', () => {
  it('cannot be updated, deleted or truncated, even with raw SQL', async () => {
    const created = await t.api('admin', 'POST', '/api/units', {
      code: 'AUDIT1',
      name: 'Ban Kiểm thử nhật ký',
      kind: 'ban_nganh',
    });
    expect(created.statusCode).toBe(201);
    const count = async () =>
      rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from audit_log`))[0]!.n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(t.db.execute(sql`update audit_log set action = 'sửa'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await count()).toBe(before);
    const history = await t.api('admin', 'GET', `/api/audit?entity=unit&entityId=${created.json().id}`);
    expect(history.json().items.map((h: { action: string }) => h.action)).toEqual(['create']);
  });
});
