import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';

const t = await createTestApp();

describe('audit log', () => {
  it('lists the people who made changes, within what the reader may see', async () => {
    const qnt = await t.unitByCode('21589');
    const created = await t.api('admin', 'POST', '/api/units', {
      code: 'AUD1',
      name: 'Ban Nhật ký',
      kind: 'ban_nganh',
    });
    expect(created.statusCode).toBe(201);
    await t.api('admin', 'PATCH', `/api/units/${qnt.id}`, { shortName: 'QNT' });

    const all = (await t.api('sngv', 'GET', '/api/audit/actors')).json();
    expect(all).toEqual([{ id: (await t.actor('admin')).id, name: 'Quản trị hệ thống (admin)' }]);
    // a ward officer sees the change to their own ward only, so still the administrator
    expect((await t.api('quynhontay', 'GET', '/api/audit/actors')).json()).toHaveLength(1);
    // an officer of another unit sees nobody
    expect((await t.api('svhttdl', 'GET', '/api/audit/actors')).json()).toEqual([]);
    expect((await t.api(null, 'GET', '/api/audit/actors')).statusCode).toBe(401);
  });

  it('filters the log by entity, action and person', async () => {
    const admin = await t.actor('admin');
    const res = await t.api('lanhdao', 'GET', `/api/audit?entity=unit&action=create&actorId=${admin.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { after: { code: string } }) => e.after.code)).toEqual(['AUD1']);
    const scoped = await t.api('svhttdl', 'GET', '/api/audit?entity=unit');
    expect(scoped.json().total).toBe(0);
  });
});
