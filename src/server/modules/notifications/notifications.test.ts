import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildAssignments } from '../assignments/factories.js';

const t = await createTestApp({ today: '2026-03-01' });

const mine = async (as: string, query = '') => (await t.api(as, 'GET', `/api/notifications${query}`)).json();

describe('notifications', () => {
  it('a unit is told in the app when a task is given to it, with a link to its assignment', async () => {
    const before = await mine('quynhontay');
    const { ids } = await buildAssignments(t, ['21589', 'SVHTTDL'], {
      title: 'Báo cáo kết quả công tác đối ngoại quý I',
    });
    const after = await mine('quynhontay');
    expect(after.unread).toBe(before.unread + 1);
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]).toMatchObject({
      kind: 'assigned',
      title: 'Nhiệm vụ mới được giao: Báo cáo kết quả công tác đối ngoại quý I',
      body: 'Thời hạn: 15/03/2026.',
      link: `/giao-viec/${ids['21589']}`,
      subjectType: 'assignment',
      subjectId: ids['21589'],
      readAt: null,
    });
    // the unit head is told too; another unit's people see only their own
    expect((await mine('quynhontay.tt')).items[0].subjectId).toBe(ids['21589']);
    expect((await mine('svhttdl')).items[0].subjectId).toBe(ids.SVHTTDL);
    expect((await mine('svhttdl')).items.map((n: { subjectId: string }) => n.subjectId)).not.toContain(
      ids['21589'],
    );
  });

  it('marks the given notifications read, only the person’s own, then all', async () => {
    await buildAssignments(t, ['21589']);
    await buildAssignments(t, ['21589']);
    const list = await mine('quynhontay', '?unread=true');
    expect(list.unread).toBeGreaterThanOrEqual(3);
    const [first] = list.items;
    // someone else's id changes nothing
    const other = await t.api('svhttdl', 'POST', '/api/notifications/read', { ids: [first.id] });
    expect(other.json()).toMatchObject({ updated: 0 });
    const one = await t.api('quynhontay', 'POST', '/api/notifications/read', { ids: [first.id] });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({ updated: 1, unread: list.unread - 1 });
    const after = await mine('quynhontay');
    expect(after.items.find((n: { id: string }) => n.id === first.id).readAt).toBe(
      '2026-03-01T03:00:00.000Z',
    );
    const all = await t.api('quynhontay', 'POST', '/api/notifications/read', { all: true });
    expect(all.json()).toEqual({ updated: list.unread - 1, unread: 0 });
    expect((await mine('quynhontay', '?unread=true')).items).toEqual([]);
    // the head's own remain unread
    expect((await mine('quynhontay.tt')).unread).toBeGreaterThan(0);
  });

  it('refuses a malformed request and an anonymous one', async () => {
    expect((await t.api('quynhontay', 'POST', '/api/notifications/read', { ids: [] })).statusCode).toBe(400);
    expect((await t.api('quynhontay', 'POST', '/api/notifications/read', { all: false })).statusCode).toBe(
      400,
    );
    expect((await t.api(null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });
});
