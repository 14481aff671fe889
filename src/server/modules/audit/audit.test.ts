import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildAssignments } from '../assignments/factories.js';
import { buildCommitment } from '../commitments/factories.js';

const t = await createTestApp();

type Entry = {
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  record: { name: string | null; context: string | null };
  refs: Record<string, string>;
};
const log = async (q: string, as = 'sngv') =>
  (await t.api(as, 'GET', `/api/audit?${q}`)).json().items as Entry[];

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

  it('logs locking and unlocking an account as their own actions, not as an edit', async () => {
    const user = (await t.api('admin', 'GET', '/api/users?q=svhttdl')).json().items[0];
    expect((await t.api('admin', 'PATCH', `/api/users/${user.id}`, { active: false })).statusCode).toBe(200);
    expect((await t.api('admin', 'PATCH', `/api/users/${user.id}`, { active: true })).statusCode).toBe(200);
    expect(
      (await t.api('admin', 'PATCH', `/api/users/${user.id}`, { fullName: user.fullName })).statusCode,
    ).toBe(200);
    const entries = await log(`entity=user&entityId=${user.id}`, 'admin');
    expect(entries.map((e) => e.action)).toEqual(['update', 'unlock', 'lock']);
    expect(entries[2]!.record.name).toBe(`${user.fullName} (svhttdl)`);
  });

  it('names the record of each entry: the task and the unit of an assignment, by their present names', async () => {
    const { task, ids } = await buildAssignments(t, ['21589'], { title: 'Tổng kết 10 năm hội nhập quốc tế' });
    await t.api('quynhontay', 'PATCH', `/api/assignments/${ids['21589']}`, { progress: 40 });
    const [entry] = await log(`entity=assignment&entityId=${ids['21589']}`);
    expect(entry!.action).toBe('progress');
    expect(entry!.record).toEqual({
      name: 'Tổng kết 10 năm hội nhập quốc tế',
      context: 'Phường Quy Nhơn Tây',
    });
    // the ids its values hold are named: the unit and the task
    const qnt = await t.unitByCode('21589');
    expect(entry!.refs[qnt.id]).toBe('Phường Quy Nhơn Tây');
    expect(entry!.refs[task.id]).toBe('Tổng kết 10 năm hội nhập quốc tế');
    const [taskEntry] = await log(`entity=task&entityId=${task.id}`);
    expect(taskEntry!.record.name).toBe('Tổng kết 10 năm hội nhập quốc tế');
    expect(taskEntry!.record.context).toMatch(/^Văn bản \S+/);
  });

  it('names an obstacle by its description and unit, and a deleted record by the name it had', async () => {
    const c = await buildCommitment(t);
    const o = await t.api('svhttdl', 'POST', '/api/obstacles', {
      subjectType: 'commitment',
      subjectId: c.id,
      description: 'Chưa bố trí được kinh phí đối ứng',
    });
    expect(o.statusCode).toBe(201);
    const [raised] = await log(`entity=obstacle&entityId=${o.json().id}`);
    expect(raised!.action).toBe('raise');
    expect(raised!.record).toEqual({
      name: 'Chưa bố trí được kinh phí đối ứng',
      context: 'Sở Văn hóa, Thể thao và Du lịch',
    });

    const unit = (
      await t.api('admin', 'POST', '/api/units', { code: 'AUD2', name: 'Ban Sẽ Xóa', kind: 'ban_nganh' })
    ).json();
    expect((await t.api('admin', 'DELETE', `/api/units/${unit.id}`)).statusCode).toBe(200);
    const [deleted] = await log(`entity=unit&entityId=${unit.id}`);
    expect(deleted!.action).toBe('delete');
    expect(deleted!.record.name).toBe('Ban Sẽ Xóa');
  });
});
