import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportItems, reportRounds, reportSubmissions } from '../../db/schema/reports.js';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildCommitment } from '../commitments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';

const t = await createTestApp({ today: '2026-06-13' });

let directive: { id: string };
let qnt: { id: string };
let svh: { id: string };
let t1Assignment: string;

beforeAll(async () => {
  qnt = await t.unitByCode('21589');
  svh = await t.unitByCode('SVHTTDL');
  directive = await buildDocument(t, { number: '245/UBND-NV', issuedOn: '2026-02-10' });
  const plan = await buildDocument(t, {
    number: '12/KH-UBND',
    issuer: 'UBND phường Quy Nhơn Tây',
    issuedOn: '2026-03-01',
    implementsIds: [directive.id],
  });
  const other = await buildDocument(t, { number: '99/KH-UBND', issuedOn: '2026-01-05' });
  const t1 = await buildTask(t, {
    documentId: directive.id,
    title: 'Xây dựng kế hoạch thực hiện',
    dueOn: '2026-03-15',
  });
  const t2 = await buildTask(t, {
    documentId: plan.id,
    title: 'Tổ chức hội nghị quán triệt',
    dueOn: '2026-07-30',
  });
  const t3 = await buildTask(t, { documentId: other.id, title: 'Việc ngoài phạm vi' });
  const a1 = await assign(t, t1.id, { unitIds: [qnt.id, svh.id] });
  await assign(t, t2.id, { unitIds: [qnt.id] });
  await assign(t, t3.id, { unitIds: [qnt.id] });
  t1Assignment = a1.created.find((a) => a.unitId === qnt.id)!.id;
  // progress before the cut-off (14/6) and after it: the round keeps the earlier one
  await t.api('quynhontay', 'PATCH', `/api/assignments/${t1Assignment}`, {
    progress: 40,
    note: 'Đã dự thảo kế hoạch',
  });
  t.clock.set('2026-06-18');
  await t.api('quynhontay', 'PATCH', `/api/assignments/${t1Assignment}`, {
    progress: 80,
    note: 'Đã trình ký',
  });
  const c = await buildCommitment(t, { leadUnitId: qnt.id, title: 'Kết nghĩa với thành phố Gimhae' });
  await t.api('sngv', 'POST', `/api/commitments/${c.id}/reviews`, {
    reviewedOn: '2026-05-10',
    done: 'Đã trao đổi đoàn',
    legalCompatibility: 'compatible',
    feasibility: 'high',
    completionLevel: 'limited',
  });
  t.clock.set('2026-06-19');
});

const base = {
  title: 'Báo cáo 6 tháng đầu năm 2026 thực hiện Công văn 245/UBND-NV',
  kind: 'half_1',
  year: 2026,
};

describe('opening a report round', () => {
  it('creates one submission per required unit, pre-filled as of the cut-off', async () => {
    const res = await t.api('sngv', 'POST', '/api/report-rounds', {
      ...base,
      documentIds: [directive.id],
      includeCommitments: true,
      unitIds: [qnt.id],
      allWithWork: false,
      dueWorkingDays: 2,
    });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    expect(round).toMatchObject({
      periodStart: '2025-12-15',
      periodEnd: '2026-06-14',
      periodLabel: '6 tháng đầu năm 2026',
      dueOn: '2026-06-16', // 14/6 is a Sunday: the 2nd working day after it
      dueWorkingDays: 2,
      required: 1,
      submitted: 0,
      accepted: 0,
      late: 0,
      missing: 1, // today 19/6 is past 16/6
    });
    const [sub] = await t.db.select().from(reportSubmissions).where(eq(reportSubmissions.roundId, round.id));
    const items = await t.db
      .select()
      .from(reportItems)
      .where(eq(reportItems.submissionId, sub!.id))
      .orderBy(asc(reportItems.seq));
    expect(items.map((i) => [i.kind, i.title, i.source])).toEqual([
      ['assignment', 'Xây dựng kế hoạch thực hiện', '245/UBND-NV'],
      ['assignment', 'Tổ chức hội nghị quán triệt', '12/KH-UBND'],
      ['commitment', 'Kết nghĩa với thành phố Gimhae', 'Tỉnh Gyeonggi, Hàn Quốc'],
    ]);
    expect(items[0]).toMatchObject({ progress: 40, latestNote: 'Đã dự thảo kế hoạch', status: 'overdue' });
    expect(items[1]).toMatchObject({ progress: 0, status: 'not_started', latestNote: null });
    expect(items[2]!.latestNote).toBe('Đã trao đổi đoàn');
    expect((items[2]!.detail as { review: { completionLevel: string } }).review.completionLevel).toBe(
      'limited',
    );
    expect(round.items).toBe(3);
  });

  it('takes every unit with work in scope, groups and pasted names; a unit sees only its rounds', async () => {
    const res = await t.api('sngv', 'POST', '/api/report-rounds', {
      ...base,
      title: 'Báo cáo đột xuất về Công văn 245/UBND-NV',
      kind: 'ad_hoc',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-15',
      dueOn: '2026-06-25',
      reportDueOn: '2026-06-30',
      documentIds: [directive.id],
      allWithWork: true,
      namesText: 'Phường Quy Nhơn Tây; Xã Không Có Thật',
    });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    expect(round.required).toBe(2); // Quy Nhơn Tây and the department, each once
    expect(round.unmatched).toEqual(['Xã Không Có Thật']);
    expect(round.periodLabel).toBe('từ ngày 01/01/2026 đến ngày 15/06/2026');

    const mine = (await t.api('quynhontay', 'GET', '/api/report-rounds')).json();
    const seen = mine.items.find((r: { id: string }) => r.id === round.id);
    expect(seen.required).toBe(1);
    expect(seen.mySubmissionId).toBeTruthy();
    const subs = (await t.api('quynhontay', 'GET', `/api/report-rounds/${round.id}/submissions`)).json();
    expect(subs.items.map((s: { unit: { id: string } }) => s.unit.id)).toEqual([qnt.id]);
    const all = (await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/submissions`)).json();
    expect(all.total).toBe(2);
    expect(all.items[0].unit.id).toBe(svh.id); // departments first
    expect(all.items.every((s: { status: string }) => s.status === 'not_due')).toBe(true);

    const firstRound = mine.items.find((r: { id: string }) => r.id !== round.id);
    expect((await t.api('svhttdl', 'GET', `/api/report-rounds/${firstRound.id}`)).statusCode).toBe(404);
    expect(
      (await t.api('svhttdl', 'GET', `/api/report-rounds/${firstRound.id}/submissions`)).statusCode,
    ).toBe(404);

    const patched = await t.api('sngv', 'PATCH', `/api/report-rounds/${firstRound.id}`, {
      addUnitIds: [svh.id],
      dueOn: '2026-06-26',
    });
    expect(patched.json()).toMatchObject({
      required: 2,
      dueOn: '2026-06-26',
      dueWorkingDays: null,
      missing: 0,
    });
    expect((await t.api('svhttdl', 'GET', `/api/report-rounds/${firstRound.id}`)).statusCode).toBe(200);
  });

  it('refuses bad input with a stable code and changes nothing', async () => {
    const [before] = await t.db.select({ n: count() }).from(reportRounds);
    const post = async (body: object, as = 'sngv') => {
      const res = await t.api(as, 'POST', '/api/report-rounds', {
        ...base,
        unitIds: [qnt.id],
        documentIds: [directive.id],
        dueOn: '2026-06-30',
        ...body,
      });
      return res.statusCode >= 400 ? res.json().error.code : res.statusCode;
    };
    expect(await post({ kind: 'ad_hoc', periodStart: '2026-05-01', periodEnd: '2026-04-01' })).toBe(
      'ROUND_PERIOD_INVALID',
    );
    expect(await post({ dueOn: '2026-06-10' })).toBe('ROUND_DUE_BEFORE_CUTOFF');
    expect(await post({ reportDueOn: '2026-06-20' })).toBe('ROUND_REPORT_DUE_INVALID');
    expect(await post({ unitIds: ['00000000-0000-4000-8000-000000000000'] })).toBe('ROUND_UNIT_INVALID');
    expect(await post({ documentIds: [], includeCommitments: false })).toBe('ROUND_SCOPE_EMPTY');
    expect(await post({ kind: 'ad_hoc', year: undefined })).toBe('ROUND_PERIOD_REQUIRED');
    expect(await post({ unitIds: [], allWithWork: false })).toBe('ROUND_NO_UNITS');
    expect(await post({}, 'quynhontay')).toBe('FORBIDDEN');
    const [after] = await t.db.select({ n: count() }).from(reportRounds);
    expect(after!.n).toBe(before!.n);
    const r = (await t.api('sngv', 'GET', '/api/report-rounds')).json().items[0];
    expect(
      (await t.api('sngv', 'PATCH', `/api/report-rounds/${r.id}`, { dueOn: '2026-01-01' })).json().error.code,
    ).toBe('ROUND_DUE_BEFORE_CUTOFF');
    await t.api('sngv', 'PATCH', `/api/report-rounds/${r.id}`, { status: 'closed' });
    expect(
      (await t.api('sngv', 'PATCH', `/api/report-rounds/${r.id}`, { title: 'Tên mới của kỳ' })).json().error
        .code,
    ).toBe('ROUND_CLOSED');
  });
});
