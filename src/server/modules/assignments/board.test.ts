import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';
import { assign, FOOTNOTE_2, freshSessions } from './factories.js';

const t = freshSessions(await createTestApp({ today: '2026-03-01' }));

/** A plan task given to every department and commune; all but the footnote units submit. */
async function planTask() {
  t.clock.set('2026-03-01');
  const task = await buildTask(t, { leadUnitId: null, dueOn: '2026-03-15' });
  const all = await assign(t, task.id, { groups: ['so_ban_nganh', 'xa_phuong'] });
  const footnote = await assign(t, (await buildTask(t)).id, {
    namesText: `Sở Văn hóa, Thể thao và Du lịch; ${FOOTNOTE_2}`,
  });
  const late = new Set(footnote.created.map((a) => a.unitId));
  const toSubmit = all.created.filter((a) => !late.has(a.unitId));
  for (const a of toSubmit) {
    const r = await t.api('sngv', 'POST', `/api/assignments/${a.id}/submit`, {
      productNumber: `${a.unitName.length}/KH`,
    });
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  return { task, all: all.created, late, submitted: toSubmit };
}

describe('compliance board', () => {
  it('shows every assigned unit with its counts in one request, and filters "chưa nộp" and "quá hạn"', async () => {
    const { task, submitted } = await planTask();
    expect(submitted).toHaveLength(154 - 73);
    t.clock.set('2026-03-20');
    const board = (await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?pageSize=20`)).json();
    // recorded signed by Sở Ngoại vụ, not yet accepted: waiting, not done; the rest never started
    expect(board.counts).toMatchObject({
      total: 154,
      notSubmitted: 73,
      submitted: 81,
      overdue_not_started: 73,
      overdue: 0,
      awaiting_acceptance: 81,
      awaiting_confirmation: 0,
      done_on_time: 0,
      done_late: 0,
      not_started: 0,
    });
    expect(board.items).toHaveLength(20);
    expect(board.total).toBe(154);
    expect(board.periods).toEqual([{ period: '', label: 'Một lần' }]);

    const notSubmitted = (
      await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?state=not_submitted&pageSize=100`)
    ).json();
    expect(notSubmitted.total).toBe(73);
    expect(notSubmitted.items.map((a: { unitName: string }) => a.unitName)).toContain(
      'Sở Văn hóa, Thể thao và Du lịch',
    );
    expect(notSubmitted.items.map((a: { unitName: string }) => a.unitName)).toContain('Phường Quy Nhơn Tây');
    expect(notSubmitted.items.every((a: { status: string }) => a.status === 'overdue_not_started')).toBe(
      true,
    );
    // counts stay over all units whatever the filter
    expect(notSubmitted.counts.total).toBe(154);
    const overdue = (
      await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?status=overdue_not_started&pageSize=1`)
    ).json();
    expect(overdue.total).toBe(73);
    const anyOverdue = (
      await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?bucket=overdue&pageSize=1`)
    ).json();
    expect(anyOverdue.total).toBe(73);
    const waiting = (
      await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?status=awaiting_acceptance&pageSize=100`)
    ).json();
    expect(waiting.total).toBe(81);
    // accepted: done on the day it was sent, on time although accepted after the deadline
    const first = waiting.items[0] as { id: string };
    const acc = await t.api('sngv', 'POST', `/api/assignments/${first.id}/accept`, {});
    expect(acc.json()).toMatchObject({ status: 'done_on_time', completedOn: '2026-03-01' });
    const after = (await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?pageSize=1`)).json();
    expect(after.counts).toMatchObject({ awaiting_acceptance: 80, done_on_time: 1 });
    // the task's own figures: 81 sent, 1 done (accepted)
    expect((await t.api('sngv', 'GET', `/api/tasks/${task.id}`)).json()).toMatchObject({
      submittedCount: 81,
      acceptedCount: 1,
    });
    const search = (await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?q=quy%20nhon%20tay`)).json();
    expect(search.items.map((a: { unitName: string }) => a.unitName)).toEqual(['Phường Quy Nhơn Tây']);

    // sorted by the server, both ways
    const byUnit = (await t.api('sngv', 'GET', `/api/tasks/${task.id}/board?sort=-unit&pageSize=3`)).json();
    const names = byUnit.items.map((a: { unitName: string }) => a.unitName);
    expect([...names].sort().reverse()).toEqual(names);

    // a leader reads the board too
    expect((await t.api('lanhdao', 'GET', `/api/tasks/${task.id}/board`)).statusCode).toBe(200);

    // Excel export of the filtered board
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/tasks/${task.id}/board.xlsx?state=not_submitted`,
      headers: { cookie: await t.login('sngv') },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const units: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 5) units.push(String(row.getCell(2).value));
    });
    expect(units).toHaveLength(73);
    expect(units).toContain('Xã Krong');
    // the task's whole title, real dates, and no column of ids a reader cannot explain
    expect(String(ws.getRow(2).getCell(1).value)).toBe(
      (await t.api('sngv', 'GET', `/api/tasks/${task.id}`)).json().title,
    );
    const headers = (ws.getRow(5).values as unknown[]).map(String);
    expect(headers).not.toContain('Mã giao việc');
    const dueCol = headers.indexOf('Hạn');
    const due = ws.getRow(6).getCell(dueCol).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe('2026-03-15');
    expect(ws.getRow(6).getCell(dueCol).numFmt).toBe('dd/mm/yyyy');
  });
});

describe('lists and the unit home', () => {
  it("lists one unit's overdue work, due before a date, paged and sorted on the server", async () => {
    t.clock.set('2026-03-01');
    const qnt = await t.unitByCode('21589');
    const dues = ['2026-02-10', '2026-02-20', '2026-03-05', '2026-03-10', '2026-04-30'];
    for (const dueOn of dues) await assign(t, (await buildTask(t, { dueOn })).id, { unitIds: [qnt.id] });
    const overdue = (
      await t.api('sngv', 'GET', `/api/assignments?unitId=${qnt.id}&bucket=overdue&sort=dueOn&pageSize=100`)
    ).json();
    expect(overdue.items.map((a: { dueOn: string }) => a.dueOn)).toEqual(['2026-02-10', '2026-02-20']);
    const before = (
      await t.api('quynhontay', 'GET', '/api/assignments?dueBefore=2026-03-10&sort=-dueOn')
    ).json();
    expect(before.items.map((a: { dueOn: string }) => a.dueOn).slice(0, 2)).toEqual([
      '2026-03-10',
      '2026-03-05',
    ]);
    const page2 = (await t.api('quynhontay', 'GET', '/api/assignments?sort=dueOn&pageSize=2&page=2')).json();
    expect(page2.items).toHaveLength(2);
    expect(page2.page).toBe(2);
  });

  it("finds assignments by the number of their document, alone or with the unit's name", async () => {
    t.clock.set('2026-03-01');
    const doc = await buildDocument(t, {
      number: '246/UBND-NgV',
      summary: 'Triển khai Thông báo 45/TB-VPCP',
    });
    const task = await buildTask(t, { documentId: doc.id, title: 'Rà soát cam kết, thỏa thuận quốc tế' });
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    await assign(t, task.id, { unitIds: [qnt.id, svh.id] });
    const find = async (q: string) =>
      (await t.api('sngv', 'GET', `/api/assignments?q=${encodeURIComponent(q)}&pageSize=100`)).json();
    const byNumber = await find('246');
    expect(byNumber.total).toBe(2);
    expect(byNumber.items.every((a: { documentNumber: string }) => a.documentNumber === '246/UBND-NgV')).toBe(
      true,
    );
    const both = await find('quy nhon tay 246');
    expect(both.items.map((a: { unitName: string }) => a.unitName)).toEqual(['Phường Quy Nhơn Tây']);
    expect(both.total).toBe(1);
    // the export finds the same rows
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/assignments/export.xlsx?q=246',
      headers: { cookie: await t.login('sngv') },
    });
    expect(xlsx.statusCode).toBe(200);
  });

  it("counts a unit's boxes: due soon, overdue, returned, done, awaiting the head", async () => {
    t.clock.set('2026-06-01');
    // the provincial People's Committee's office: a unit no other test here assigns
    const unit = await t.unitByCode('UBNDT');
    const make = async (dueOn: string) =>
      (await assign(t, (await buildTask(t, { dueOn })).id, { unitIds: [unit.id] })).created[0]!.id;
    const soon = await make('2026-06-10');
    await make('2026-07-30'); // later: neither soon nor overdue
    await make('2026-05-20'); // overdue
    const returned = await make('2026-06-30');
    const done = await make('2026-06-20');
    await t.api('sngv', 'POST', `/api/assignments/${returned}/submit`, { productNumber: '1/BC' });
    await t.api('sngv', 'POST', `/api/assignments/${returned}/return`, { reason: 'Thiếu số liệu' });
    await t.api('sngv', 'POST', `/api/assignments/${done}/submit`, { productNumber: '2/BC' });
    // not done until Sở Ngoại vụ accepts it
    expect((await t.api('sngv', 'GET', `/api/assignments/summary?unitId=${unit.id}`)).json().done).toBe(0);
    await t.api('sngv', 'POST', `/api/assignments/${done}/accept`, {});
    const s = (await t.api('sngv', 'GET', `/api/assignments/summary?unitId=${unit.id}`)).json();
    expect(s).toMatchObject({
      dueSoon: 1,
      overdue: 1,
      returned: 1,
      done: 1,
      awaitingConfirmation: 0,
      awaitingAcceptance: 0,
      open: 4,
      total: 5,
      dueSoonDays: 14,
    });
    const soonList = (
      await t.api('sngv', 'GET', `/api/assignments?unitId=${unit.id}&bucket=due_soon`)
    ).json();
    expect(soonList.items.map((a: { id: string }) => a.id)).toEqual([soon]);
    const ret = (await t.api('sngv', 'GET', `/api/assignments?unitId=${unit.id}&bucket=returned`)).json();
    expect(ret.items[0]).toMatchObject({ id: returned, returnReason: 'Thiếu số liệu' });
    // a unit's people always get their own unit's boxes, whatever unit they ask for
    const own = (await t.api('quynhontay', 'GET', '/api/assignments/summary')).json();
    expect(
      (await t.api('quynhontay', 'GET', `/api/assignments/summary?unitId=${unit.id}`)).json().total,
    ).toBe(0);
    expect(own.total).toBeGreaterThan(0);
  });
});
