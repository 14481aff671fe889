import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';

const t = await createTestApp();

describe('GET /api/system/status', () => {
  it('tells an administrator who uses the product, what it holds and how it runs', async () => {
    await t.api('sngv', 'GET', '/api/me'); // someone signed in
    const res = await t.api('admin', 'GET', '/api/system/status');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.db).toBe(t.dbKind);
    expect(s.databaseBytes).toBeGreaterThan(1_000_000);
    expect(s.server.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(s.users).toMatchObject({ locked: 0 });
    expect(s.users.total).toBeGreaterThanOrEqual(7);
    expect(s.users.signedInNow).toBeGreaterThanOrEqual(2);
    expect(s.units).toMatchObject({ total: 155, active: 155 });
    // the demo people belong to 4 units: Sở Ngoại vụ, UBND tỉnh, SVHTTDL, Quy Nhơn Tây
    expect(s.units.withoutPeople).toBe(155 - 4);
    expect(s.audit.entries).toBeGreaterThanOrEqual(0);
  });

  it('counts a locked account', async () => {
    const u = (await t.api('admin', 'GET', '/api/users?q=quynhontay.tt')).json().items[0];
    await t.api('admin', 'PATCH', `/api/users/${u.id}`, { active: false });
    const s = (await t.api('admin', 'GET', '/api/system/status')).json();
    expect(s.users.locked).toBe(1);
    expect(s.audit.entries).toBeGreaterThanOrEqual(1);
    expect(s.audit.lastAt).not.toBeNull();
  });

  it('is for administrators only', async () => {
    for (const who of ['sngv', 'lanhdao', 'quynhontay']) {
      const res = await t.api(who, 'GET', '/api/system/status');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });
});
