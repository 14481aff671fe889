import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildAssignments } from './factories.js';

const t = await createTestApp({ today: '2026-06-30' });

describe('GET /api/assignments/overdue-units', () => {
  it('lists the units with overdue work, most overdue first, and counts them all', async () => {
    // STC: 2 overdue; Quy Nhơn Tây (21589) and Xã Phù Cát (21853): 1 each, QNT's older; SVHTTDL: in time
    await buildAssignments(t, ['STC', '21589'], { dueOn: '2026-03-15' });
    await buildAssignments(t, ['STC', '21853'], { dueOn: '2026-05-01' });
    await buildAssignments(t, ['SVHTTDL'], { dueOn: '2026-09-30' });
    const res = await t.api('sngv', 'GET', '/api/assignments/overdue-units?limit=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ units: 3, assignments: 4 });
    expect(
      body.items.map((u: { unitName: string; overdue: number; oldestDueOn: string }) => [
        u.unitName,
        u.overdue,
        u.oldestDueOn,
      ]),
    ).toEqual([
      ['Sở Tài chính', 2, '2026-03-15'],
      ['Phường Quy Nhơn Tây', 1, '2026-03-15'],
    ]);
    // the list behind it holds the same work
    const list = (await t.api('sngv', 'GET', '/api/assignments?bucket=overdue&pageSize=100')).json();
    expect(list.total).toBe(4);
  });

  it('shows a unit officer their own unit only', async () => {
    const res = (await t.api('quynhontay', 'GET', '/api/assignments/overdue-units')).json();
    expect(res).toMatchObject({ units: 1, assignments: 1 });
    expect(res.items.map((u: { unitName: string }) => u.unitName)).toEqual(['Phường Quy Nhơn Tây']);
  });

  it('refuses a limit out of range', async () => {
    const res = await t.api('sngv', 'GET', '/api/assignments/overdue-units?limit=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_ERROR');
  });
});
