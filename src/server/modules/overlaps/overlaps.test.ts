import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.js';
import { tasks } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';

const t = await createTestApp({ today: '2026-03-01' });

interface Group {
  id: string;
  score: number;
  status: string;
  tasks: { id: string; title: string; documentNumber: string; leadUnitName: string | null }[];
  decision: { decision: string; mainTaskId: string | null; decidedByName: string | null } | null;
}

const ids: Record<string, string> = {};

// Three documents restating each other's work, as provincial plans do:
//   dup1/dup2: the Korean culture week, in Decision 1520 and SVHTTDL's own plan (same lead);
//   jp: the same week in Japan (not the same work);
//   fdiA/fdiB: attracting FDI, led by two units (an overlap between departments);
//   xa1/xa2: two wards each disseminating the plan in their own area (not an overlap).
beforeAll(async () => {
  const qd = await buildDocument(t, { number: '1520/QĐ-UBND', issuedOn: '2025-08-21' });
  const kh = await buildDocument(t, {
    number: '34-KH/TU',
    issuer: 'Tỉnh ủy Gia Lai',
    issuedOn: '2026-01-14',
  });
  const own = await buildDocument(t, {
    number: '25/KH-SVHTTDL',
    issuer: 'Sở Văn hóa',
    issuedOn: '2026-02-20',
  });
  const svh = (await t.unitByCode('SVHTTDL')).id;
  const bql = (await t.unitByCode('BQLKKT')).id;
  const stc = (await t.unitByCode('STC')).id;
  const mk = async (
    key: string,
    documentId: string,
    title: string,
    leadUnitId: string | null,
    dueOn = '2026-10-31',
  ) => {
    ids[key] = (await buildTask(t, { documentId, title, leadUnitId, dueOn })).id;
  };
  await mk('dup1', qd.id, 'Tổ chức Tuần Văn hóa - Du lịch tỉnh Gia Lai tại Hàn Quốc', svh);
  await mk('dup2', own.id, 'Tổ chức Tuần văn hóa, du lịch Gia Lai tại Hàn Quốc năm 2026', svh);
  await mk('jp', qd.id, 'Tổ chức Tuần Văn hóa - Du lịch tỉnh Gia Lai tại Nhật Bản', svh, '2027-10-31');
  await mk(
    'fdiA',
    qd.id,
    'Thu hút có chọn lọc các dự án đầu tư trực tiếp nước ngoài (FDI) công nghệ cao, thân thiện với môi trường',
    bql,
    '2030-12-31',
  );
  await mk(
    'fdiB',
    kh.id,
    'Thu hút đầu tư nước ngoài có chọn lọc, ưu tiên dự án FDI công nghệ cao, thân thiện với môi trường',
    stc,
    '2030-12-31',
  );
  const text = 'Tuyên truyền Kế hoạch 34-KH/TU về hội nhập quốc tế trên hệ thống truyền thanh của phường';
  await mk('xa1', kh.id, text, null);
  await mk('xa2', own.id, text, null);
  await assign(t, ids.xa1!, { unitIds: [(await t.unitByCode('21589')).id] });
  await assign(t, ids.xa2!, { unitIds: [(await t.unitByCode('21553')).id] });
  await assign(t, ids.dup1!, { unitIds: [svh] });
  await assign(t, ids.dup2!, { unitIds: [svh] });
  await mk('other', kh.id, 'Rà soát các cam kết, thỏa thuận trong hoạt động đối ngoại cấp cao', null);
});

async function openGroups(): Promise<Group[]> {
  const res = await t.api('sngv', 'GET', '/api/overlaps');
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const groupWith = (groups: Group[], a: string, b: string) =>
  groups.find((g) => g.tasks.some((x) => x.id === ids[a]) && g.tasks.some((x) => x.id === ids[b]));

describe('GET /api/overlaps', () => {
  it('proposes the restated tasks, best first, with their documents and units', async () => {
    const groups = await openGroups();
    const culture = groupWith(groups, 'dup1', 'dup2')!;
    expect(culture).toBeDefined();
    expect(culture.status).toBe('open');
    expect(culture.score).toBeGreaterThan(0.7);
    expect(culture.tasks.map((x) => x.documentNumber).sort()).toEqual(['1520/QĐ-UBND', '25/KH-SVHTTDL']);
    expect(groups[0]!.id).toBe(culture.id);
    expect(groupWith(groups, 'fdiA', 'fdiB')).toBeDefined();
    expect(groupWith(groups, 'dup1', 'jp')).toBeUndefined();
    expect(groupWith(groups, 'xa1', 'xa2')).toBeUndefined();
    // the same tasks give the same id on every read
    expect((await openGroups()).map((g) => g.id)).toEqual(groups.map((g) => g.id));
  });

  it('is Sở Ngoại vụ’s review: leaders read it, unit officers do not', async () => {
    expect((await t.api('lanhdao', 'GET', '/api/overlaps')).statusCode).toBe(200);
    const res = await t.api('svhttdl', 'GET', '/api/overlaps');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await t.api('svhttdl', 'GET', '/api/overlaps/summary')).statusCode).toBe(403);
  });
});

describe('POST /api/overlaps/{id}/decision', () => {
  it('refuses a leader, a missing main task, a main task outside the group, an unknown group', async () => {
    const g = groupWith(await openGroups(), 'dup1', 'dup2')!;
    const url = `/api/overlaps/${g.id}/decision`;
    expect((await t.api('lanhdao', 'POST', url, { decision: 'distinct' })).statusCode).toBe(403);
    const noMain = await t.api('sngv', 'POST', url, { decision: 'duplicate' });
    expect(noMain.json().error.code).toBe('OVERLAP_MAIN_TASK_REQUIRED');
    const outside = await t.api('sngv', 'POST', url, { decision: 'duplicate', mainTaskId: ids.jp });
    expect(outside.json().error.code).toBe('OVERLAP_MAIN_TASK_INVALID');
    const unknown = await t.api('sngv', 'POST', `/api/overlaps/${ids.jp}/decision`, { decision: 'distinct' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('OVERLAP_NOT_FOUND');
    const bad = await t.api('sngv', 'POST', url, { decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(groupWith(await openGroups(), 'dup1', 'dup2')?.id).toBe(g.id);
  });

  it('duplicate: keeps the main task, links the other to it, and it is not proposed again', async () => {
    const g = groupWith(await openGroups(), 'dup1', 'dup2')!;
    const svhDue = async () => {
      const d = (await t.api('sngv', 'GET', '/api/dashboard?from=2026-01-01&to=2026-12-31')).json();
      return d.units.find((u: { unitName: string }) => u.unitName === 'Sở Văn hóa, Thể thao và Du lịch')
        ?.total;
    };
    expect(await svhDue()).toBe(2);
    const res = await t.api('sngv', 'POST', `/api/overlaps/${g.id}/decision`, {
      decision: 'duplicate',
      mainTaskId: ids.dup1,
      note: 'Nhiệm vụ trong kế hoạch của Sở trùng với Quyết định 1520',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: g.id,
      status: 'settled',
      decision: { decision: 'duplicate', mainTaskId: ids.dup1, decidedByName: expect.any(String) },
    });
    const [linked] = await t.db.select().from(tasks).where(eq(tasks.id, ids.dup2!));
    expect(linked!.duplicateOfId).toBe(ids.dup1);
    // the unit's work is counted once, on the main task
    expect(await svhDue()).toBe(1);
    expect(groupWith(await openGroups(), 'dup1', 'dup2')).toBeUndefined();
    const again = await t.api('sngv', 'POST', `/api/overlaps/${g.id}/decision`, { decision: 'distinct' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('OVERLAP_ALREADY_DECIDED');
    const settled = (await t.api('sngv', 'GET', '/api/overlaps?status=settled')).json().items as Group[];
    expect(settled.map((s) => s.id)).toEqual([g.id]);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, ids.dup2!));
    expect(audits.map((a) => a.action)).toContain('mark_duplicate');
    const [decided] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'overlap'), eq(auditLog.entityId, g.id)));
    expect(decided!.action).toBe('decide');
  });

  it('distinct: the pair is never proposed again', async () => {
    const g = groupWith(await openGroups(), 'fdiA', 'fdiB')!;
    const res = await t.api('sngv', 'POST', `/api/overlaps/${g.id}/decision`, { decision: 'distinct' });
    expect(res.statusCode).toBe(200);
    expect(groupWith(await openGroups(), 'fdiA', 'fdiB')).toBeUndefined();
    const [a] = await t.db.select().from(tasks).where(eq(tasks.id, ids.fdiB!));
    expect(a!.duplicateOfId).toBeNull();
  });

  it('the summary per unit counts the groups found and how they were settled', async () => {
    const res = await t.api('sngv', 'GET', '/api/overlaps/summary');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ duplicate: 1, distinct: 1, related: 0 });
    const svh = s.units.find((u: { unitName: string }) => u.unitName === 'Sở Văn hóa, Thể thao và Du lịch');
    expect(svh).toMatchObject({ found: 1, duplicate: 1 });
    const stc = s.units.find((u: { unitName: string }) => u.unitName === 'Sở Tài chính');
    expect(stc).toMatchObject({ found: 1, distinct: 1 });
  });
});

describe('DELETE /api/overlaps/{id}/decision', () => {
  it('withdraws a decision taken by mistake: unlinked, counted again, proposed again, logged with its reason', async () => {
    const settled = (await t.api('sngv', 'GET', '/api/overlaps?status=settled')).json().items as Group[];
    const dup = settled.find((s) => s.decision?.decision === 'duplicate')!;
    const url = `/api/overlaps/${dup.id}/decision`;
    const reason = { reason: 'Hai nhiệm vụ khác đối tác, kết luận nhầm' };
    // who may, and with a reason
    expect((await t.api('lanhdao', 'DELETE', url, reason)).statusCode).toBe(403);
    expect((await t.api('svhttdl', 'DELETE', url, reason)).statusCode).toBe(403);
    const short = await t.api('sngv', 'DELETE', url, { reason: 'x' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_ERROR');
    const [still] = await t.db.select().from(tasks).where(eq(tasks.id, ids.dup2!));
    expect(still!.duplicateOfId).toBe(ids.dup1);

    const res = await t.api('sngv', 'DELETE', url, reason);
    expect(res.statusCode, res.body).toBe(200);
    const [unlinked] = await t.db.select().from(tasks).where(eq(tasks.id, ids.dup2!));
    expect(unlinked!.duplicateOfId).toBeNull();
    // the unit's work counts on both tasks again, and the group is proposed again as it was
    const d = (await t.api('sngv', 'GET', '/api/dashboard?from=2026-01-01&to=2026-12-31')).json();
    expect(
      d.units.find((u: { unitName: string }) => u.unitName === 'Sở Văn hóa, Thể thao và Du lịch')?.total,
    ).toBe(2);
    expect(groupWith(await openGroups(), 'dup1', 'dup2')?.id).toBe(dup.id);
    const log = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'overlap'), eq(auditLog.entityId, dup.id)));
    expect(log.map((a) => a.action).sort()).toEqual(['decide', 'withdraw']);
    expect(log.find((a) => a.action === 'withdraw')!.after).toEqual(reason);
    const taskLog = await t.db.select().from(auditLog).where(eq(auditLog.entityId, ids.dup2!));
    expect(taskLog.map((a) => a.action)).toContain('unmark_duplicate');
    // twice: nothing left to withdraw
    const again = await t.api('sngv', 'DELETE', url, reason);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('OVERLAP_DECISION_NOT_FOUND');
    // and it can be settled again
    const redo = await t.api('sngv', 'POST', url, { decision: 'related' });
    expect(redo.statusCode, redo.body).toBe(200);
  });
});
