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
  it('GET /api/auth/session answers 200 to no one (no 401 in the browser) and names the signed-in person', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toEqual({ signedIn: false, me: null });
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: 'doingoai_sid=nope' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.json().signedIn).toBe(false);
    const { cookie } = await signIn(t.app, 'lanhdao', 'demo123', '192.0.2.40');
    const signed = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(signed.json()).toMatchObject({ signedIn: true, me: { username: 'lanhdao', role: 'leader' } });
    expect(signed.json().me).toEqual((await me(t.app, cookie)).json());
  });

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

  it('slows strangers after 5 failures on an account, never the browser the owner signed in with', async () => {
    // the owner signs in once from their browser: it gets a device token
    const owner = await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.50');
    const dev = owner.res.cookies.find((c) => c.name === 'doingoai_dev')!;
    expect(dev.httpOnly).toBe(true);
    expect(dev.path).toBe('/api/auth');
    for (let i = 0; i < 5; i++) {
      const { res } = await signIn(t.app, 'quynhontay.tt', 'sai-mat-khau', `198.51.100.${i + 1}`);
      expect(res.statusCode).toBe(401);
    }
    // a sixth stranger must wait, even with the right password, and is told how long
    const slowed = await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.99');
    expect(slowed.res.statusCode).toBe(429);
    expect(slowed.res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(slowed.res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(slowed.cookie).toBe('');
    // the limit is in the database: the other app server slows them too
    expect((await signIn(second, 'quynhontay.tt', 'demo123', '198.51.100.98')).res.statusCode).toBe(429);
    // the owner's browser is not locked out by them
    const fromOwnBrowser = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'quynhontay.tt', password: 'demo123' },
      remoteAddress: '198.51.100.50',
      cookies: { doingoai_dev: dev.value },
    });
    expect(fromOwnBrowser.statusCode).toBe(200);
    // other accounts are not affected
    expect((await signIn(t.app, 'quynhontay', 'demo123', '198.51.100.99')).res.statusCode).toBe(200);
    // slowing, not a lock: after the wait one more try is allowed, then a longer wait
    const today = t.clock.today();
    let elapsed = 0;
    const at = (ms: number) => {
      t.clock.advance(ms - elapsed);
      elapsed = ms;
    };
    try {
      at(1500);
      expect((await signIn(t.app, 'quynhontay.tt', 'sai', '198.51.100.97')).res.statusCode).toBe(401);
      at(2000);
      const again = await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.97');
      expect(again.res.statusCode).toBe(429);
      expect(Number(again.res.headers['retry-after'])).toBe(2);
      at(4000);
      expect((await signIn(t.app, 'quynhontay.tt', 'demo123', '198.51.100.97')).res.statusCode).toBe(200);
    } finally {
      t.clock.set(today);
    }
  });

  it('counts a burst atomically: 40 simultaneous guesses try no more than 5 passwords', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(t.app, 'svhttdl', `sai-${i}`, `198.18.0.${i + 1}`)),
    );
    const codes = results.map((r) => r.res.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(35);
    expect(results.every((r) => r.res.statusCode !== 429 || Number(r.res.headers['retry-after']) >= 1)).toBe(
      true,
    );
  });

  it('answers a disabled account like a wrong password, whatever the password', async () => {
    const created = await t.api('admin', 'POST', '/api/users', {
      username: 'tam.khoa',
      fullName: 'Tài khoản khóa',
      role: 'focal',
      password: 'mat-khau-dung-1',
    });
    expect(created.statusCode).toBe(201);
    const locked = await t.api('admin', 'PATCH', `/api/users/${created.json().id}`, { active: false });
    expect(locked.statusCode).toBe(200);
    const right = await signIn(t.app, 'tam.khoa', 'mat-khau-dung-1', '192.0.2.40');
    const wrong = await signIn(t.app, 'tam.khoa', 'sai-mat-khau', '192.0.2.41');
    expect([right.res.statusCode, wrong.res.statusCode]).toEqual([401, 401]);
    expect(right.res.json()).toEqual(wrong.res.json());
    expect(right.cookie).toBe('');
  });

  it('blocks an address after 30 failed attempts, whatever the names and forwarded headers', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: `khach${i}`, password: 'sai-mat-khau' },
        remoteAddress: ip,
        // a client cannot pick its own address: no proxy is believed unless configured
        headers: { 'x-forwarded-for': `10.9.${i}.1` },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await signIn(t.app, 'sngv', 'demo123', ip);
    expect(blocked.res.statusCode).toBe(429);
    expect(blocked.res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    const wait = Number(blocked.res.headers['retry-after']);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect((await signIn(t.app, 'sngv', 'demo123', '203.0.113.8')).res.statusCode).toBe(200);
    // a loopback "proxy" is not believed by default either
    const spoofed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sngv', password: 'demo123' },
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': ip },
    });
    expect(spoofed.statusCode).toBe(200);
    // behind a configured proxy (TRUST_PROXY), the forwarded address is the one counted
    const proxied = await buildApp(
      { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
      { serveWeb: false, trustProxy: '127.0.0.1' },
    );
    try {
      const viaProxy = await proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'sngv', password: 'demo123' },
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': ip },
      });
      expect(viaProxy.statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
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

    // wrong current passwords are limited too: 5 in 15 minutes, then 429 with Retry-After
    const fresh2 = `doingoai_sid=${fresh.value}`;
    for (let i = 0; i < 5; i++)
      expect(
        (await change(fresh2, { currentPassword: `sai-${i}`, newPassword: 'mat-khau-khac-2026' })).statusCode,
      ).toBe(400);
    const limited = await change(fresh2, {
      currentPassword: 'mat-khau-moi-2026',
      newPassword: 'mat-khau-khac-2026',
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('TOO_MANY_PASSWORD_TRIES');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);

    const audit = await t.api('admin', 'GET', '/api/audit?action=change_password');
    expect(audit.json().items).toHaveLength(1);
    expect(JSON.stringify(audit.json())).not.toMatch(/argon2|mat-khau-moi/);
  });
});

describe('sessions end when what they may do changes', () => {
  const adminCall = (method: 'PATCH' | 'POST', url: string, payload: object) =>
    t.api('admin', method, url, payload);

  it('on a password reset, a lock (not revived by the unlock), a role or unit change', async () => {
    const created = await adminCall('POST', '/api/users', {
      username: 'phien.thu',
      fullName: 'Phiên Thử',
      role: 'focal',
      password: 'mat-khau-ban-dau',
    });
    const id = created.json().id as string;
    const open = async () => (await signIn(t.app, 'phien.thu', 'mat-khau-ban-dau', '192.0.2.60')).cookie;

    let cookie = await open();
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    expect(
      (await adminCall('POST', `/api/users/${id}/password`, { password: 'mat-khau-ban-dau' })).statusCode,
    ).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(401);

    cookie = await open();
    expect((await adminCall('PATCH', `/api/users/${id}`, { active: false })).statusCode).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
    expect((await adminCall('PATCH', `/api/users/${id}`, { active: true })).statusCode).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(401);

    cookie = await open();
    expect((await adminCall('PATCH', `/api/users/${id}`, { fullName: 'Phiên Thử Hai' })).statusCode).toBe(
      200,
    );
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    expect((await adminCall('PATCH', `/api/users/${id}`, { role: 'leader' })).statusCode).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(401);

    cookie = await open();
    const unit = await t.unitByCode('SNgV');
    expect((await adminCall('PATCH', `/api/users/${id}`, { unitId: unit.id })).statusCode).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
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
