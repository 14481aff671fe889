import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildCommitment } from '../commitments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';

const TODAY = '2026-06-30';
const t = await createTestApp({ today: TODAY });

/** The unit's product recorded and accepted by Sở Ngoại vụ on `day`: the work is done that day. */
async function doneOn(id: string, day: string) {
  t.clock.set(day);
  const s = await t.api('sngv', 'POST', `/api/assignments/${id}/submit`, { productNumber: '15/KH-UBND' });
  if (s.statusCode !== 200) throw new Error(s.body);
  const a = await t.api('sngv', 'POST', `/api/assignments/${id}/accept`, {});
  if (a.statusCode !== 200) throw new Error(a.body);
  t.clock.set(TODAY);
}

async function assignCodes(taskId: string, codes: string[]) {
  const units = await Promise.all(codes.map((c) => t.unitByCode(c)));
  const r = await assign(t, taskId, { unitIds: units.map((u) => u.id) });
  return Object.fromEntries(codes.map((c, i) => [c, r.created.find((a) => a.unitId === units[i]!.id)!.id]));
}

const ids: Record<string, string> = {};
let programme = '';

// The scenario, by hand:
//   T1 (programme P, due 15/3/2026): SVHTTDL done 10/3 (on time), Quy Nhơn Tây done 20/4 (late),
//       STC nothing (overdue 107 days)
//   T2 (D2, implementing P, due 30/9/2026): SVHTTDL not started (within deadline), STC done 1/5 (early)
//   T3 (D3, due 1/12/2025, the previous period): Quy Nhơn Tây nothing (overdue)
//   T4 (D3, due 1/2/2026): Xã Phù Cát nothing (overdue 149 days)
beforeAll(async () => {
  const p = await buildDocument(t, {
    number: '34-KH/TU',
    issuer: 'Tỉnh ủy Gia Lai',
    summary: 'Hội nhập quốc tế',
  });
  programme = p.id;
  const d2 = await buildDocument(t, { implementsIds: [p.id], summary: 'Kế hoạch thực hiện 34-KH/TU' });
  const d3 = await buildDocument(t, { summary: 'Văn bản khác' });
  const t1 = await buildTask(t, { documentId: p.id, dueOn: '2026-03-15' });
  const t2 = await buildTask(t, { documentId: d2.id, dueOn: '2026-09-30' });
  const t3 = await buildTask(t, { documentId: d3.id, dueOn: '2025-12-01' });
  const t4 = await buildTask(t, { documentId: d3.id, dueOn: '2026-02-01' });
  const a1 = await assignCodes(t1.id, ['SVHTTDL', '21589', 'STC']);
  const a2 = await assignCodes(t2.id, ['SVHTTDL', 'STC']);
  const a3 = await assignCodes(t3.id, ['21589']);
  const a4 = await assignCodes(t4.id, ['21853']);
  Object.assign(ids, {
    t1svh: a1.SVHTTDL,
    t1qnt: a1['21589'],
    t1stc: a1.STC,
    t2stc: a2.STC,
    t3: a3['21589'],
    t4: a4['21853'],
  });
  await doneOn(ids.t1svh!, '2026-03-10');
  await doneOn(ids.t1qnt!, '2026-04-20');
  await doneOn(ids.t2stc!, '2026-05-01');
});

const get = async (as: string, query = '') => {
  const res = await t.api(as, 'GET', `/api/dashboard${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the dashboard figures', () => {
  it('counts this year as a 1270/BC report does, against the year before', async () => {
    const d = await get('lanhdao');
    expect(d.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(d.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(d).toMatchObject({
      total: 6,
      tasksDue: 5,
      doneOnTime: 2,
      doneLate: 1,
      notDoneInTime: 1,
      overdue: 2,
      onTimeRate: 40,
      doneRate: 60,
    });
    expect(d.previous).toMatchObject({ total: 1, tasksDue: 1, doneOnTime: 0, overdue: 1, onTimeRate: 0 });
    expect(d.overdueOver).toEqual({ d30: 2, d60: 2, d120: 1 });
  });

  it('a programme is its document and every document implementing it', async () => {
    const d = await get('lanhdao', `?documentId=${programme}`);
    expect(d).toMatchObject({
      total: 5,
      tasksDue: 4,
      doneOnTime: 2,
      doneLate: 1,
      overdue: 1,
      onTimeRate: 50,
    });
  });

  it('a unit group narrows to its units', async () => {
    const d = await get('sngv', '?group=xa');
    expect(d).toMatchObject({ total: 1, overdue: 1, onTimeRate: 0 });
    expect(d.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Xã Phù Cát']);
  });

  it('a period narrows to work due in it', async () => {
    const d = await get('lanhdao', '?from=2026-03-01&to=2026-03-31');
    expect(d).toMatchObject({ total: 3, tasksDue: 3, doneOnTime: 1, doneLate: 1, overdue: 1 });
    expect(d.previousPeriod).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(d.previous).toMatchObject({ total: 1, overdue: 1 });
  });

  it('ranks units by overdue work then on-time rate, sharing a rank only when both are equal', async () => {
    const d = await get('lanhdao');
    expect(
      d.units.map((u: { unitName: string; rank: number; overdueAll: number; onTimeRate: number | null }) => [
        u.rank,
        u.unitName,
        u.overdueAll,
        u.onTimeRate,
      ]),
    ).toEqual([
      [1, 'Xã Phù Cát', 1, 0],
      [2, 'Sở Tài chính', 1, 50],
      [3, 'Phường Quy Nhơn Tây', 0, 0],
      [4, 'Sở Văn hóa, Thể thao và Du lịch', 0, 100],
    ]);
    const stc = d.units.find((u: { unitName: string }) => u.unitName === 'Sở Tài chính');
    // STC never started T1: overdue and said so
    expect(stc).toMatchObject({
      total: 2,
      tasksDue: 2,
      done_on_time: 1,
      overdue: 0,
      overdue_not_started: 1,
      overdueAll: 1,
      not_started: 0,
    });
    expect(d.kinds.map((k: { kind: string; total: number }) => [k.kind, k.total])).toEqual([
      ['so', 4],
      ['phuong', 1],
      ['xa', 1],
    ]);
  });

  it('the monthly trend covers 24 months, empty months as zeros', async () => {
    const d = await get('lanhdao');
    expect(d.trend).toHaveLength(24);
    expect(d.trend[0].month).toBe('2025-01');
    expect(d.trend[23].month).toBe('2026-12');
    const m = (ym: string) => d.trend.find((x: { month: string }) => x.month === ym);
    expect(m('2026-03')).toMatchObject({
      label: '03/2026',
      tasksDue: 3,
      doneOnTime: 1,
      doneLate: 1,
      overdue: 1,
    });
    expect(m('2026-09')).toMatchObject({ tasksDue: 1, doneOnTime: 1, onTimeRate: 100 });
    expect(m('2025-12')).toMatchObject({ tasksDue: 1, overdue: 1, onTimeRate: 0 });
    expect(m('2025-06')).toMatchObject({ tasksDue: 0, onTimeRate: null });
  });

  it("a unit's people see their own unit's figures only", async () => {
    const d = await get('svhttdl');
    expect(d).toMatchObject({ total: 2, tasksDue: 1, doneOnTime: 1, notDoneInTime: 1, overdue: 0 });
    expect(d.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('obstacles waiting for a leader, by level, raised this period', async () => {
    const res = await t.api('sngv', 'POST', '/api/obstacles', {
      subjectType: 'assignment',
      subjectId: ids.t1stc,
      description: 'Chưa bố trí được kinh phí xây dựng kế hoạch',
    });
    expect(res.statusCode, res.body).toBe(201);
    const esc = await t.api('sngv', 'POST', `/api/obstacles/${res.json().id}/escalate`, {
      text: 'Đề nghị UBND tỉnh cho ý kiến',
    });
    expect(esc.statusCode, esc.body).toBe(200);
    const d = await get('lanhdao');
    expect(d.obstacles).toMatchObject({ awaitingLeader: 1, raised: 1, raisedPrevious: 0 });
    expect(d.obstacles.byLevel).toEqual([
      { level: 'focal', open: 0, resolved: 0 },
      { level: 'leader', open: 1, resolved: 0 },
      { level: 'central', open: 0, resolved: 0 },
    ]);
    expect((await get('lanhdao', '?group=xa')).obstacles.awaitingLeader).toBe(0);
  });

  it('commitments by country, field, partner and status; the top priorities with their progress', async () => {
    const a = await buildCommitment(t, { country: 'Hàn Quốc', partner: 'Tỉnh Gyeonggi', field: 'culture' });
    await buildCommitment(t, { country: 'Nhật Bản', partner: 'Tỉnh Shizuoka', field: 'education' });
    await buildCommitment(t, { country: 'Hàn Quốc', partner: 'Thành phố Busan', field: 'tourism' });
    const pr = await t.api('sngv', 'PUT', '/api/commitments/priority', { ids: [a.id] });
    expect(pr.statusCode, pr.body).toBe(200);
    const d = await get('lanhdao');
    expect(d.commitments.total).toBe(3);
    expect(d.commitments.byCountry.map((c: { label: string; n: number }) => [c.label, c.n])).toEqual([
      ['Hàn Quốc', 2],
      ['Nhật Bản', 1],
    ]);
    expect(d.commitments.byField.find((f: { key: string }) => f.key === 'education')).toMatchObject({
      label: 'Giáo dục, đào tạo',
      n: 1,
    });
    expect(d.commitments.byStatus).toEqual([{ key: 'not_started', label: 'Chưa thực hiện', n: 3 }]);
    expect(d.priorities[0]).toMatchObject({ id: a.id, priority: 1, progress: 0, partner: 'Tỉnh Gyeonggi' });
    expect(d.priorities).toHaveLength(3);
  });
});

describe('every figure opens the list behind it', () => {
  const total = async (q: string) => {
    const res = await t.api('lanhdao', 'GET', `/api/assignments?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().total as number;
  };

  it('the figures, a unit of the ranking, a programme and a group give the counts the lists hold', async () => {
    const d = await get('lanhdao', `?documentId=${programme}`);
    const p = `dueAfter=2026-01-01&dueBefore=2026-12-31&programmeId=${programme}`;
    expect(await total(`${p}&status=done_on_time`)).toBe(d.doneOnTime);
    expect(await total(`${p}&status=done_late`)).toBe(d.doneLate);
    expect(await total(`${p}&bucket=overdue`)).toBe(d.overdue);
    expect(await total(`bucket=open&dueAfter=${TODAY}&dueBefore=2026-12-31&programmeId=${programme}`)).toBe(
      d.notDoneInTime,
    );
    expect(
      await total(`dueAfter=2026-01-01&dueBefore=2026-05-31&programmeId=${programme}&bucket=overdue`),
    ).toBe(d.overdueOver.d30);
    const stc = d.units.find((u: { unitName: string }) => u.unitName === 'Sở Tài chính');
    expect(await total(`${p}&unitId=${stc.unitId}&bucket=overdue`)).toBe(stc.overdueAll);
    expect(await total(`${p}&state=awaiting_review`)).toBe(d.awaiting);
    const xa = await get('lanhdao', '?group=xa');
    expect(await total('dueAfter=2026-01-01&dueBefore=2026-12-31&group=xa&bucket=overdue')).toBe(xa.overdue);
  });
});

describe('refusals', () => {
  it('a period that ends before it starts, an unknown programme, an unknown group', async () => {
    const bad = await t.api('lanhdao', 'GET', '/api/dashboard?from=2026-05-01&to=2026-04-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('DASHBOARD_PERIOD_INVALID');
    const doc = await t.api(
      'lanhdao',
      'GET',
      '/api/dashboard?documentId=00000000-0000-4000-8000-000000000000',
    );
    expect(doc.statusCode).toBe(404);
    expect(doc.json().error.code).toBe('DOCUMENT_NOT_FOUND');
    const group = await t.api('lanhdao', 'GET', '/api/dashboard?group=tinh_thanh');
    expect(group.json().error.code).toBe('VALIDATION_ERROR');
    expect((await t.api(null, 'GET', '/api/dashboard')).statusCode).toBe(401);
  });
});

describe('each chart exports to Excel', () => {
  it('the ranking sheet holds the units in rank order with the filters written', async () => {
    const res = await t.api(
      'lanhdao',
      'GET',
      `/api/dashboard/export.xlsx?chart=units&documentId=${programme}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    // a merged cell repeats its master's value: read each cell once
    ws.eachRow((r) => {
      const cells: string[] = [];
      r.eachCell((c) => {
        if (!c.isMerged || c.master === c) cells.push(c.text);
      });
      texts.push(cells.join(' | '));
    });
    expect(texts[0]).toBe('XẾP HẠNG ĐƠN VỊ THEO SỐ NHIỆM VỤ QUÁ HẠN');
    expect(texts.join('\n')).toContain('Chương trình: văn bản 34-KH/TU và các văn bản triển khai');
    const body = texts.slice(texts.findIndex((x) => x.startsWith('Hạng')) + 1);
    // rank, unit, kind, total, due, on time, late, awaiting Sở Ngoại vụ, awaiting the head, in
    // progress, not started, overdue started, overdue never started, all overdue, rate
    expect(body[0]).toBe('1 | Sở Tài chính | Sở | 2 | 2 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 50');
  });

  it('every chart has a sheet', async () => {
    for (const chart of ['figures', 'kinds', 'trend', 'commitments', 'priorities', 'obstacles']) {
      const res = await t.api('lanhdao', 'GET', `/api/dashboard/export.xlsx?chart=${chart}`);
      expect(res.statusCode, chart).toBe(200);
    }
    const bad = await t.api('lanhdao', 'GET', '/api/dashboard/export.xlsx?chart=pie');
    expect(bad.statusCode).toBe(400);
  });
});

// Last: it adds work to the scenario above.
describe('a product waiting in the loop', () => {
  it('is neither done nor overdue until Sở Ngoại vụ accepts it; then done on the day it was sent', async () => {
    const before = await get('lanhdao');
    const task = await buildTask(t, { dueOn: '2026-06-15' });
    const { SVHTTDL: id } = await assignCodes(task.id, ['SVHTTDL']);
    t.clock.set('2026-06-10');
    await t.api('svhttdl', 'POST', `/api/assignments/${id}/submit`, { productNumber: '20/KH-SVHTTDL' });
    t.clock.set(TODAY);
    const waiting = await get('lanhdao');
    // waiting for the head: counted as due (its deadline has come), not done, not overdue
    expect(waiting).toMatchObject({
      total: before.total + 1,
      tasksDue: before.tasksDue + 1,
      doneOnTime: before.doneOnTime,
      overdue: before.overdue,
      awaiting: before.awaiting + 1,
    });
    await t.api('svhttdl.tt', 'POST', `/api/assignments/${id}/confirm`, {});
    await t.api('sngv', 'POST', `/api/assignments/${id}/accept`, {});
    const done = await get('lanhdao');
    expect(done).toMatchObject({
      tasksDue: before.tasksDue + 1,
      doneOnTime: before.doneOnTime + 1,
      awaiting: before.awaiting,
    });
  });
});

describe('units that have not reported in the open round', () => {
  it('counts the open round’s units without a sent report, and the previous round’s late or missing', async () => {
    const before = await get('lanhdao');
    const [svh, stc, qnt] = (await Promise.all(['SVHTTDL', 'STC', '21589'].map((c) => t.unitByCode(c)))) as {
      id: string;
    }[] as [{ id: string }, { id: string }, { id: string }];
    const open = async (kind: string, year: number) => {
      const res = await t.api('sngv', 'POST', '/api/report-rounds', {
        title: `Báo cáo ${kind} ${year} về hội nhập quốc tế`,
        kind,
        year,
        unitIds: [svh.id, stc.id, qnt.id],
        allWithWork: false,
        dueWorkingDays: 5,
        documentIds: [programme],
      });
      expect(res.statusCode, res.body).toBe(201);
      const round = res.json();
      const subs = (await t.api('sngv', 'GET', `/api/report-rounds/${round.id}/submissions`)).json().items;
      const sub = (u: { id: string }) => subs.find((s: { unit: { id: string } }) => s.unit.id === u.id).id;
      return { round, sub };
    };
    const send = async (id: string, officer: string, day: string) => {
      t.clock.set(day);
      expect((await t.api(officer, 'POST', `/api/report-submissions/${id}/submit`, {})).statusCode).toBe(200);
      expect(
        (await t.api(`${officer}.tt`, 'POST', `/api/report-submissions/${id}/confirm`, {})).statusCode,
      ).toBe(200);
      t.clock.set(TODAY);
    };
    // previous round: Quy Nhơn Tây on time, SVHTTDL after its deadline, STC never
    const prev = await open('year', 2025);
    await send(prev.sub(qnt), 'quynhontay', prev.round.dueOn);
    await send(prev.sub(svh), 'svhttdl', '2026-06-01');
    // the open round: only Quy Nhơn Tây has sent its report
    const cur = await open('half_1', 2026);
    await send(cur.sub(qnt), 'quynhontay', TODAY);

    const d = await get('lanhdao');
    expect(before.reportRound?.id ?? null).not.toBe(cur.round.id);
    expect(d.reportRound).toMatchObject({
      id: cur.round.id,
      required: 3,
      notSent: 2,
      previous: { id: prev.round.id, required: 3, notSentByDue: 2 },
    });
    // a unit's people see whether their own unit has reported
    expect((await get('svhttdl')).reportRound).toMatchObject({ required: 1, notSent: 1 });
    expect((await get('quynhontay')).reportRound).toMatchObject({ required: 1, notSent: 0 });
    // a group: the communes and wards
    const wards = (await get('lanhdao', '?group=xa_phuong')).reportRound;
    expect(wards).toMatchObject({ required: 1, notSent: 0 });
  });
});

describe("a unit's scorecard", () => {
  const card = async (as: string, unitId: string, query = '') =>
    t.api(as, 'GET', `/api/units/${unitId}/scorecard${query}`);
  const WIDE = '?from=2025-01-01&to=2026-12-31';

  it('places the unit among its group as the dashboard ranks them, and gives its reporting record', async () => {
    const [stc, qnt] = await Promise.all(['STC', '21589'].map((c) => t.unitByCode(c)));
    const res = await card('lanhdao', stc!.id, WIDE);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.unit).toMatchObject({ name: 'Sở Tài chính', kind: 'so', kindLabel: 'Sở' });
    expect(s.group).toMatchObject({ code: 'so_ban_nganh', label: 'các sở, ban, ngành' });
    // the same place as in the dashboard's ranking of the group over the same period
    const ranking = (await get('lanhdao', `${WIDE}&group=so_ban_nganh`)).units;
    const row = ranking.find((u: { unitId: string }) => u.unitId === stc!.id);
    expect(s.tasks).toMatchObject({ rank: row.rank, overdueAll: row.overdueAll, onTimeRate: row.onTimeRate });
    expect(s.tasks.rank).toBe(1);
    expect(s.group.ranked).toBe(ranking.length);
    // STC never sent a report: two rounds missed, rate 0; SVHTTDL (late, then missing) shares rank 1
    expect(s.reports).toMatchObject({
      rounds: 2,
      onTime: 0,
      late: 0,
      missing: 2,
      rate: 0,
      rank: 1,
      sharedWith: 2,
      of: 2,
    });
    expect(s.reports.items.map((i: { status: string }) => i.status)).toEqual(['missing', 'missing']);
    expect(s.group.reportRate).toBe(0);

    // Quy Nhơn Tây: the year's report on time, the half-year's after its deadline
    const q = (await card('sngv', qnt!.id, WIDE)).json();
    expect(q.group.code).toBe('xa_phuong');
    expect(q.reports).toMatchObject({
      rounds: 2,
      onTime: 1,
      late: 1,
      missing: 0,
      rate: 50,
      rank: 1,
      sharedWith: 1,
      of: 1,
    });
    expect(q.reports.items[0].periodEnd > q.reports.items[1].periodEnd).toBe(true);
    expect(q.reports.items.map((i: { status: string }) => i.status)).toEqual(['late', 'on_time']);
    // tied with Xã Phù Cát: one overdue task each, none done on time
    expect(q.tasks).toMatchObject({ rank: 1, sharedWith: 2, overdueAll: 1, onTimeRate: 0 });
    // this year only: the year 2025 report's cut-off falls outside it
    const thisYear = (await card('sngv', qnt!.id)).json();
    expect(thisYear.reports).toMatchObject({ rounds: 1, late: 1, rate: 0 });
  });

  it("gives the unit's own dashboard figures with ?unitId=, as the unit's people see them", async () => {
    const svh = await t.unitByCode('SVHTTDL');
    const forLeader = await get('lanhdao', `?unitId=${svh!.id}`);
    const own = await get('svhttdl');
    for (const k of [
      'total',
      'tasksDue',
      'doneOnTime',
      'doneLate',
      'overdue',
      'onTimeRate',
      'trend',
      'units',
    ])
      expect(forLeader[k], k).toEqual(own[k]);
    expect(forLeader.units.map((u: { unitName: string }) => u.unitName)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    // and asked for explicitly by the unit itself
    expect((await get('svhttdl', `?unitId=${svh!.id}`)).total).toBe(own.total);
    const sheet = await t.api('lanhdao', 'GET', `/api/dashboard/export.xlsx?chart=figures&unitId=${svh!.id}`);
    expect(sheet.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as never);
    const text: string[] = [];
    book.worksheets[0]!.eachRow((r) => text.push((r.values as unknown[]).join(' ')));
    expect(text.join('\n')).toContain('Đơn vị: Sở Văn hóa, Thể thao và Du lịch');
  });

  it("a unit's people read their own unit's scorecard only; an unknown unit is 404", async () => {
    const [svh, stc] = await Promise.all(['SVHTTDL', 'STC'].map((c) => t.unitByCode(c)));
    expect((await card('svhttdl', svh!.id)).statusCode).toBe(200);
    for (const res of [
      await card('svhttdl', stc!.id),
      await t.api('svhttdl', 'GET', `/api/dashboard?unitId=${stc!.id}`),
      await t.api('svhttdl', 'GET', `/api/dashboard/export.xlsx?chart=units&unitId=${stc!.id}`),
      await card('sngv', '00000000-0000-4000-8000-000000000000'),
      await t.api('sngv', 'GET', '/api/dashboard?unitId=00000000-0000-4000-8000-000000000000'),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    }
    const bad = await card('sngv', svh!.id, '?from=2026-12-31&to=2026-01-01');
    expect(bad.json().error.code).toBe('DASHBOARD_PERIOD_INVALID');
    expect((await t.api('sngv', 'GET', '/api/units/x/scorecard')).statusCode).toBe(400);
  });
});
