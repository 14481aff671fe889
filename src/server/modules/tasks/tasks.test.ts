import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from './factories.js';

const t = await createTestApp();

describe('tasks and "6 rõ"', () => {
  it('creates a task with all six elements and reports none missing', async () => {
    const doc = await buildDocument(t);
    const svh = await t.unitByCode('SVHTTDL');
    const res = await t.api('sngv', 'POST', '/api/tasks', {
      documentId: doc.id,
      title: 'Xây dựng kế hoạch thực hiện các nhiệm vụ được giao tại Quyết định 1520/QĐ-UBND',
      leadUnitId: svh.id,
      coordinatingUnitIds: [(await t.unitByCode('SNgV')).id],
      personInCharge: 'Giám đốc Sở',
      dueOn: '2026-03-15',
      responsibility: 'Sở VHTTDL chủ trì; Sở Ngoại vụ hướng dẫn, tổng hợp',
      product: 'Kế hoạch',
      authority: 'Giám đốc Sở ban hành, gửi UBND tỉnh qua Sở Ngoại vụ',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      missingClarity: [],
      leadUnitName: 'Sở Văn hóa, Thể thao và Du lịch',
      coordinatingUnitNames: ['Sở Ngoại vụ'],
      documentNumber: doc.number,
      seq: 1,
    });
  });

  it('lists which elements are missing and filters the incomplete tasks', async () => {
    const doc = await buildDocument(t);
    const full = await buildTask(t, { documentId: doc.id });
    const partial = await buildTask(t, {
      documentId: doc.id,
      product: null,
      authority: '',
      dueOn: null,
      leadUnitId: null,
    });
    expect(partial.missingClarity).toEqual(['person', 'time', 'product', 'authority']);
    const incomplete = (await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}&incomplete=true`)).json();
    expect(incomplete.items.map((x: { id: string }) => x.id)).toEqual([partial.id]);
    const complete = (await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}&incomplete=false`)).json();
    expect(complete.items.map((x: { id: string }) => x.id)).toEqual([full.id]);
    const noProduct = (await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}&missing=product`)).json();
    expect(noProduct.total).toBe(1);
    // filling the gaps clears them
    const fixed = await t.api('sngv', 'PATCH', `/api/tasks/${partial.id}`, {
      product: 'Báo cáo',
      authority: 'UBND tỉnh',
      recurrence: 'Hằng năm, trước ngày 15/12',
      leadUnitId: (await t.unitByCode('SNgV')).id,
    });
    expect(fixed.json()).toMatchObject({
      missingClarity: [],
      recurrence: 'yearly:15/12',
      recurrenceLabel: 'Hằng năm, trước ngày 15/12',
    });
  });

  it('counts lead assignments as "rõ người" for a task every unit leads for itself', async () => {
    const task = await buildTask(t, { leadUnitId: null, personInCharge: 'Chủ tịch UBND các xã, phường' });
    expect(task.missingClarity).toEqual(['person']);
    await assign(t, task.id, { groups: ['phuong'] });
    expect((await t.api('sngv', 'GET', `/api/tasks/${task.id}`)).json().missingClarity).toEqual([]);
  });

  it('refuses a recurrence it cannot read', async () => {
    const doc = await buildDocument(t);
    const res = await t.api('sngv', 'POST', '/api/tasks', {
      documentId: doc.id,
      title: 'Báo cáo kết quả',
      recurrence: 'thỉnh thoảng',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('RECURRENCE_INVALID');
  });

  it('lets only the focal office create and edit tasks', async () => {
    const doc = await buildDocument(t);
    for (const who of ['quynhontay', 'quynhontay.tt', 'lanhdao', 'admin'])
      expect(
        (await t.api(who, 'POST', '/api/tasks', { documentId: doc.id, title: 'Nhiệm vụ thử' })).statusCode,
      ).toBe(403);
  });

  it('shows a unit only the tasks given to it', async () => {
    const mine = await buildTask(t, { title: 'Việc riêng của phường Quy Nhơn Tây', leadUnitId: null });
    await assign(t, mine.id, { unitIds: [(await t.unitByCode('21589')).id] });
    const other = await buildTask(t, {
      title: 'Việc của Sở Văn hóa',
      leadUnitId: (await t.unitByCode('SVHTTDL')).id,
    });
    const seen = (await t.api('quynhontay', 'GET', '/api/tasks?pageSize=100')).json();
    const ids = seen.items.map((x: { id: string }) => x.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    expect((await t.api('quynhontay', 'GET', `/api/tasks/${other.id}`)).statusCode).toBe(404);
    expect((await t.api('svhttdl', 'GET', `/api/tasks/${other.id}`)).statusCode).toBe(200);
  });

  it('does not delete a task that has been assigned, and audits every change', async () => {
    const task = await buildTask(t);
    await assign(t, task.id, { unitIds: [(await t.unitByCode('SVHTTDL')).id] });
    const del = await t.api('sngv', 'DELETE', `/api/tasks/${task.id}`);
    expect(del.json().error.code).toBe('TASK_HAS_ASSIGNMENTS');
    const log = (await t.api('sngv', 'GET', `/api/audit?entity=task&entityId=${task.id}`)).json();
    expect(log.items.map((i: { action: string }) => i.action)).toEqual(['assign', 'create']);
  });
});
