import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';

const t = await createTestApp();

describe('unit directory', () => {
  it('ships the province directory: 155 units, Sở Ngoại vụ as focal unit', async () => {
    const res = await t.api('sngv', 'GET', '/api/units?pageSize=500');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(155);
    const kinds: Record<string, number> = {};
    for (const u of body.items as { kind: string }[]) kinds[u.kind] = (kinds[u.kind] ?? 0) + 1;
    expect(kinds).toEqual({ tinh: 1, so: 12, ban_nganh: 7, phuong: 25, xa: 110 });
    expect(
      body.items.filter((u: { isFocal: boolean }) => u.isFocal).map((u: { code: string }) => u.code),
    ).toEqual(['SNgV']);
  });

  it('finds units without diacritics, by short name, in any Unicode form', async () => {
    const q = async (s: string) =>
      (await t.api('quynhontay', 'GET', `/api/units?q=${encodeURIComponent(s)}`))
        .json()
        .items.map((u: { name: string }) => u.name);
    expect(await q('quy nhon tay')).toEqual(['Phường Quy Nhơn Tây']);
    expect(await q('svhttdl')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(await q('Quy Nhơn Tây'.normalize('NFD'))).toEqual(['Phường Quy Nhơn Tây']);
    expect(await q('dak rong')).toEqual(['Xã Đak Rong']);
  });

  it('lists units in Vietnamese alphabetical order, on PGlite and PostgreSQL alike', async () => {
    const names = async (q: string) =>
      (await t.api('sngv', 'GET', `/api/units?q=${encodeURIComponent(q)}&pageSize=50`))
        .json()
        .items.map((u: { name: string }) => u.name);
    expect(await names('hoai nhon')).toEqual([
      'Phường Hoài Nhơn',
      'Phường Hoài Nhơn Bắc',
      'Phường Hoài Nhơn Đông',
      'Phường Hoài Nhơn Nam',
      'Phường Hoài Nhơn Tây',
    ]);
    const xa = (await t.api('sngv', 'GET', '/api/units?kind=xa&pageSize=200'))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(xa.indexOf('Xã Cát Tiến')).toBeLessThan(xa.indexOf('Xã Chơ Long'));
    expect(xa).toEqual([...xa].sort(new Intl.Collator('vi').compare));
    // a renamed unit takes its new place
    const created = (
      await t.api('admin', 'POST', '/api/units', { code: 'VISORT', name: 'Ban Ân', kind: 'ban_nganh' })
    ).json();
    await t.api('admin', 'PATCH', `/api/units/${created.id}`, { name: 'Ban Đ Thử' });
    const bans = (await t.api('sngv', 'GET', '/api/units?kind=ban_nganh&pageSize=50'))
      .json()
      .items.map((u: { name: string }) => u.name);
    expect(bans).toEqual([...bans].sort(new Intl.Collator('vi').compare));
    expect(bans).toContain('Ban Đ Thử');
    await t.api('admin', 'DELETE', `/api/units/${created.id}`);
  });

  it('filters by kind and by group', async () => {
    const phuong = (await t.api('sngv', 'GET', '/api/units?kind=phuong&pageSize=100')).json();
    expect(phuong.total).toBe(25);
    const groups = (await t.api('sngv', 'GET', '/api/units/groups')).json();
    expect(groups).toContainEqual({ code: 'xa_phuong', label: 'UBND các xã, phường', count: 135 });
    expect(groups).toContainEqual({ code: 'so_ban_nganh', label: 'các sở, ban, ngành', count: 19 });
  });

  it('lets only an administrator add, edit and deactivate units, each on record', async () => {
    const body = { code: 'TEST1', name: 'Ban Thử nghiệm', kind: 'ban_nganh' };
    expect((await t.api('sngv', 'POST', '/api/units', body)).statusCode).toBe(403);
    const created = await t.api('admin', 'POST', '/api/units', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await t.api('admin', 'POST', '/api/units', body)).json().error.code).toBe('UNIT_CODE_TAKEN');
    const off = await t.api('admin', 'PATCH', `/api/units/${id}`, { active: false });
    expect(off.json().active).toBe(false);
    const history = (await t.api('admin', 'GET', `/api/audit?entity=unit&entityId=${id}`)).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(['deactivate', 'create']);
    expect(history.items[0].before.active).toBe(true);
    expect(history.items[0].after.active).toBe(false);
  });

  it('never deletes a unit that has records', async () => {
    const qnt = await t.unitByCode('21589'); // has demo users
    const res = await t.api('admin', 'DELETE', `/api/units/${qnt.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('UNIT_HAS_RECORDS');
    expect((await t.api('admin', 'GET', `/api/units/${qnt.id}`)).statusCode).toBe(200);
  });

  it('imports a CSV all-or-nothing with row-level errors', async () => {
    const bad =
      'code,name,short_name,kind\nNEW1,Ban Mới,,ban_nganh\n,Thiếu mã,,xa\nNEW2,Ban Hai,,tinhthanh\n';
    const res = await t.api('admin', 'POST', '/api/units/import', { csv: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CSV_INVALID');
    expect(res.json().error.details).toEqual([
      { row: 3, field: 'code', message: 'Thiếu mã đơn vị.' },
      { row: 4, field: 'kind', message: expect.stringContaining('tinhthanh') },
    ]);
    expect((await t.api('admin', 'GET', '/api/units?q=ban moi')).json().total).toBe(0);

    const good = 'code,name,short_name,kind\nNEW1,Ban Mới,BM,ban_nganh\nSNgV,Sở Ngoại vụ,SNgV,so\n';
    const preview = (await t.api('admin', 'POST', '/api/units/import', { csv: good, dryRun: true })).json();
    expect(preview).toMatchObject({ dryRun: true, created: 1, unchanged: 1, updated: 0 });
    expect((await t.api('admin', 'GET', '/api/units?q=ban moi')).json().total).toBe(0);
    const saved = (await t.api('admin', 'POST', '/api/units/import', { csv: good })).json();
    expect(saved).toMatchObject({ dryRun: false, created: 1 });
    expect((await t.api('admin', 'GET', '/api/units?q=ban moi')).json().total).toBe(1);
  });
});
