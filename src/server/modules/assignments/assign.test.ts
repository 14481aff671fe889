import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildTask } from '../tasks/factories.js';
import { assign, FOOTNOTE_2 } from './factories.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('assigning a task to units', () => {
  it('gives 72 assignments for the pasted footnote 2, names broken across lines', async () => {
    const task = await buildTask(t, { leadUnitId: null });
    const r = await assign(t, task.id, { namesText: FOOTNOTE_2, dueOn: '2026-03-15' });
    expect(r.unmatched).toEqual([]);
    expect(r.created).toHaveLength(72);
    expect(new Set(r.created.map((a) => a.unitId)).size).toBe(72);
    const names = r.created.map((a) => a.unitName);
    expect(names).toContain('Phường Quy Nhơn Tây');
    expect(names).toContain('Xã Kon Gang');
    expect(names).toContain('Xã Ia Púch');
    expect(r.created.every((a) => a.dueOn === '2026-03-15')).toBe(true);
  });

  it('reports names it cannot match instead of dropping them, and skips units already assigned', async () => {
    const task = await buildTask(t);
    const first = await assign(t, task.id, { namesText: 'quy nhon tay\nXã Ia Ly\nXã Không Có Thật' });
    expect(first.created.map((a) => a.unitName).sort()).toEqual(['Phường Quy Nhơn Tây', 'Xã Ia Ly']);
    expect(first.unmatched).toEqual(['Xã Không Có Thật']);
    const again = await assign(t, task.id, { namesText: 'Phường Quy Nhơn Tây; Xã Ia Ly' });
    expect(again.created).toEqual([]);
    expect(again.skipped.map((s) => (s as { unitName: string }).unitName).sort()).toEqual([
      'Phường Quy Nhơn Tây',
      'Xã Ia Ly',
    ]);
  });

  it('assigns by group: all departments and all communes and wards', async () => {
    const task = await buildTask(t);
    const r = await assign(t, task.id, { groups: ['so_ban_nganh', 'xa_phuong'] });
    expect(r.created).toHaveLength(19 + 135);
    expect(r.created.every((a) => a.dueOn === '2026-03-15')).toBe(true);
  });

  it('gives a recurring task one assignment per period still to come this year', async () => {
    const task = await buildTask(t, { dueOn: null, recurrence: 'quarterly:15' });
    const qnt = await t.unitByCode('21589');
    const r = await assign(t, task.id, { unitIds: [qnt.id] });
    expect(r.created.map((a) => [a.period, a.dueOn])).toEqual([
      ['Q1/2026', '2026-03-15'],
      ['Q2/2026', '2026-06-15'],
      ['Q3/2026', '2026-09-15'],
      ['Q4/2026', '2026-12-15'],
    ]);
    const more = await assign(t, task.id, { unitIds: [qnt.id], until: '2027-06-30' });
    expect(more.created.map((a) => a.period)).toEqual(['Q1/2027', 'Q2/2027']);
    expect(more.skipped).toHaveLength(4);
    const yearly = await buildTask(t, { dueOn: null, recurrence: 'yearly:15/12' });
    const y = await assign(t, yearly.id, { unitIds: [qnt.id], until: '2028-12-31' });
    expect(y.created.map((a) => (a as { periodLabel?: string; period: string }).period)).toEqual([
      '2026',
      '2027',
      '2028',
    ]);
  });

  it('refuses an empty request, unknown units, and anyone but the focal office', async () => {
    const task = await buildTask(t);
    expect((await t.api('sngv', 'POST', `/api/tasks/${task.id}/assignments`, {})).statusCode).toBe(400);
    const unknown = await t.api('sngv', 'POST', `/api/tasks/${task.id}/assignments`, {
      unitIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.json().error.code).toBe('UNIT_NOT_FOUND');
    const qnt = await t.unitByCode('21589');
    expect(
      (await t.api('quynhontay', 'POST', `/api/tasks/${task.id}/assignments`, { unitIds: [qnt.id] }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.api('lanhdao', 'POST', `/api/tasks/${task.id}/assignments`, { unitIds: [qnt.id] })).statusCode,
    ).toBe(403);
  });

  it('withdraws an assignment made by mistake, but not one the unit has worked on', async () => {
    const task = await buildTask(t);
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    const r = await assign(t, task.id, { unitIds: [qnt.id, svh.id] });
    const [a, b] = [r.created.find((x) => x.unitId === qnt.id)!, r.created.find((x) => x.unitId === svh.id)!];
    await t.api('quynhontay', 'PATCH', `/api/assignments/${a.id}`, { progress: 10 });
    expect((await t.api('sngv', 'DELETE', `/api/assignments/${a.id}`)).json().error.code).toBe(
      'ASSIGNMENT_HAS_HISTORY',
    );
    expect((await t.api('sngv', 'DELETE', `/api/assignments/${b.id}`)).statusCode).toBe(200);
    expect((await t.api('sngv', 'GET', `/api/assignments/${b.id}`)).statusCode).toBe(404);
  });
});
