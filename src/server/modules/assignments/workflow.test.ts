import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildFile } from '../files/factories.js';
import { buildAssignments, freshSessions } from './factories.js';

const t = freshSessions(await createTestApp({ today: '2026-03-01' }));

const get = async (as: string, id: string) => (await t.api(as, 'GET', `/api/assignments/${id}`)).json();

describe('the product loop: submit → confirm → accept, or return and resubmit', () => {
  it('runs the whole loop, each step in the history and the audit log', async () => {
    t.clock.set('2026-03-01');
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    expect(await get('quynhontay', id)).toMatchObject({
      status: 'not_started',
      workflow: 'open',
      completedOn: null,
    });

    const evidence = await buildFile(t, 'quynhontay', { name: 'bien-ban-hop.pdf' });
    const p = await t.api('quynhontay', 'PATCH', `/api/assignments/${id}`, {
      progress: 40,
      note: 'Đã họp triển khai',
      fileId: evidence,
    });
    expect(p.json()).toMatchObject({ progress: 40, status: 'in_progress' });

    t.clock.set('2026-03-10');
    const plan = await buildFile(t, 'quynhontay', { name: 'Kế hoạch 45-KH-UBND.pdf' });
    const sub = await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, {
      productNumber: '45/KH-UBND',
      productDate: '2026-03-09',
      fileId: plan,
    });
    expect(sub.statusCode).toBe(200);
    // sent, not done: it waits for the head, then for Sở Ngoại vụ
    expect(sub.json()).toMatchObject({
      workflow: 'submitted',
      completedOn: '2026-03-10',
      status: 'awaiting_confirmation',
      progress: 100,
      productNumber: '45/KH-UBND',
      productFileName: 'Kế hoạch 45-KH-UBND.pdf',
    });
    // submitted twice is refused
    expect(
      (await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: 'x' })).json()
        .error.code,
    ).toBe('WORKFLOW_STEP_NOT_ALLOWED');
    // Sở Ngoại vụ cannot accept before the head confirms; the officer cannot confirm
    expect((await t.api('sngv', 'POST', `/api/assignments/${id}/accept`, {})).statusCode).toBe(409);
    expect((await t.api('quynhontay', 'POST', `/api/assignments/${id}/confirm`, {})).statusCode).toBe(403);
    expect(
      (await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, { note: 'Đồng ý' })).json(),
    ).toMatchObject({ workflow: 'confirmed', status: 'awaiting_acceptance', progress: 100 });

    // returned with a reason: the unit sees why, and the work is open again
    t.clock.set('2026-03-12');
    expect((await t.api('sngv', 'POST', `/api/assignments/${id}/return`, { reason: 'x' })).statusCode).toBe(
      400,
    );
    const ret = await t.api('sngv', 'POST', `/api/assignments/${id}/return`, {
      reason: 'Kế hoạch chưa bảo đảm nguyên tắc 6 rõ',
    });
    // work again, and the bar goes back to what the unit had reported (40 %), not 100 %
    expect(ret.json()).toMatchObject({
      workflow: 'returned',
      completedOn: null,
      status: 'in_progress',
      progress: 40,
    });
    expect((await get('quynhontay', id)).returnReason).toBe('Kế hoạch chưa bảo đảm nguyên tắc 6 rõ');

    // resubmitted after the due date: done late
    t.clock.set('2026-03-16');
    const again = await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, {
      productNumber: '52/KH-UBND',
    });
    expect(again.json()).toMatchObject({
      workflow: 'submitted',
      completedOn: '2026-03-16',
      status: 'awaiting_confirmation',
      returnReason: null,
      productDate: '2026-03-16',
      productFileName: 'Kế hoạch 45-KH-UBND.pdf', // kept: no new file was sent
    });
    await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, {});
    const acc = await t.api('sngv', 'POST', `/api/assignments/${id}/accept`, { note: 'Đạt yêu cầu' });
    expect(acc.json()).toMatchObject({
      workflow: 'accepted',
      completedOn: '2026-03-16',
      status: 'done_late',
    });
    expect(
      (await t.api('sngv', 'POST', `/api/assignments/${id}/return`, { reason: 'Đổi ý, trả lại' })).statusCode,
    ).toBe(409);

    const events = (await t.api('quynhontay', 'GET', `/api/assignments/${id}/events`)).json();
    expect(events.map((e: { kind: string }) => e.kind)).toEqual([
      'accept',
      'confirm',
      'submit',
      'return',
      'confirm',
      'submit',
      'progress',
    ]);
    expect(events[3]).toMatchObject({
      note: 'Kế hoạch chưa bảo đảm nguyên tắc 6 rõ',
      actorName: 'Chuyên viên Sở Ngoại vụ',
      workflow: 'returned',
    });
    expect(events[5]).toMatchObject({
      productNumber: '45/KH-UBND',
      productDate: '2026-03-09',
      fileName: 'Kế hoạch 45-KH-UBND.pdf',
    });
    expect(events[6]).toMatchObject({
      progress: 40,
      note: 'Đã họp triển khai',
      fileName: 'bien-ban-hop.pdf',
    });

    const audit = (await t.api('quynhontay', 'GET', `/api/audit?entity=assignment&entityId=${id}`)).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual([
      'accept',
      'confirm',
      'resubmit',
      'return',
      'confirm',
      'submit',
      'progress',
      'create',
    ]);
  }, 120_000); // about forty requests: on a loaded 2-core CI machine this took over 30 s

  it('turns overdue when the due date passes without a product, and stays so after a return', async () => {
    t.clock.set('2026-03-15');
    const { ids } = await buildAssignments(t, ['SVHTTDL']);
    const id = ids.SVHTTDL!;
    expect((await get('svhttdl', id)).status).toBe('not_started'); // due today: still in time
    t.clock.set('2026-03-16');
    // never started: said so, not "Đang thực hiện quá hạn"
    expect((await get('svhttdl', id)).status).toBe('overdue_not_started');
    await t.api('svhttdl', 'POST', `/api/assignments/${id}/submit`, { productNumber: '10/KH-SVHTTDL' });
    expect((await get('svhttdl', id)).status).toBe('awaiting_confirmation');
    await t.api('sngv', 'POST', `/api/assignments/${id}/return`, { reason: 'Thiếu phụ lục nhiệm vụ' });
    // returned: started, overdue, and no progress was ever reported, so the bar is empty
    expect(await get('svhttdl', id)).toMatchObject({ status: 'overdue', progress: 0 });
  });

  it('is done on the day of the accepted submission: sent on time, accepted late, is on time', async () => {
    t.clock.set('2026-03-14');
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: '45/KH-UBND' });
    t.clock.set('2026-03-20');
    await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, {});
    // past the deadline, still waiting for Sở Ngoại vụ: waiting, not overdue
    expect((await get('sngv', id)).status).toBe('awaiting_acceptance');
    t.clock.set('2026-04-02');
    const acc = await t.api('sngv', 'POST', `/api/assignments/${id}/accept`, {});
    expect(acc.json()).toMatchObject({ status: 'done_on_time', completedOn: '2026-03-14', progress: 100 });
  });

  it('does not take progress once the product is submitted, nor a product without number or file', async () => {
    t.clock.set('2026-03-01');
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    expect(
      (await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { note: 'xong' })).statusCode,
    ).toBe(400);
    await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: '1/KH-UBND' });
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/assignments/${id}`, { progress: 50 })).json().error.code,
    ).toBe('WORKFLOW_STEP_NOT_ALLOWED');
  });

  it("refuses a file of another unit as a unit's product", async () => {
    const { ids } = await buildAssignments(t, ['21589']);
    const foreign = await buildFile(t, 'svhttdl');
    const res = await t.api('sngv', 'POST', `/api/assignments/${ids['21589']}/submit`, { fileId: foreign });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('FILE_NOT_IN_UNIT');
  });
});

describe('products recorded by Sở Ngoại vụ', () => {
  it('takes a plan received signed on paper as already confirmed by the head', async () => {
    t.clock.set('2026-03-05');
    const { ids } = await buildAssignments(t, ['21589']);
    const res = await t.api('sngv', 'POST', `/api/assignments/${ids['21589']}/submit`, {
      productNumber: '7/KH-UBND',
      note: 'Nhận bản giấy',
    });
    expect(res.json()).toMatchObject({
      workflow: 'confirmed',
      completedOn: '2026-03-05',
      status: 'awaiting_acceptance',
    });
    const audit = (
      await t.api('sngv', 'GET', `/api/audit?entity=assignment&entityId=${ids['21589']}`)
    ).json();
    expect(audit.items[0].action).toBe('submit_on_behalf');
    expect((await t.api('sngv', 'POST', `/api/assignments/${ids['21589']}/accept`, {})).json()).toMatchObject(
      {
        workflow: 'accepted',
        status: 'done_on_time',
      },
    );
  });
});

describe('unit scope', () => {
  it("lets a unit's people see and change only their own unit's assignments", async () => {
    t.clock.set('2026-03-01');
    const { task, ids } = await buildAssignments(t, ['21589', 'SVHTTDL']);
    const mine = ids['21589']!;
    const theirs = ids.SVHTTDL!;
    const list = (await t.api('quynhontay', 'GET', `/api/assignments?taskId=${task.id}`)).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([mine]);
    expect(list.total).toBe(1);
    // asking for another unit gives nothing, not their rows
    const other = await t.unitByCode('SVHTTDL');
    expect((await t.api('quynhontay', 'GET', `/api/assignments?unitId=${other.id}`)).json().total).toBe(0);
    expect((await t.api('quynhontay', 'GET', `/api/assignments/${theirs}`)).statusCode).toBe(404);
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/assignments/${theirs}`, { progress: 10 })).statusCode,
    ).toBe(404);
    expect(
      (await t.api('quynhontay', 'POST', `/api/assignments/${theirs}/submit`, { productNumber: '1' }))
        .statusCode,
    ).toBe(404);
    expect((await t.api('quynhontay', 'GET', `/api/assignments/${theirs}/events`)).statusCode).toBe(404);
    expect((await t.api('quynhontay.tt', 'POST', `/api/assignments/${theirs}/confirm`, {})).statusCode).toBe(
      404,
    );
    expect((await t.api('quynhontay', 'GET', `/api/tasks/${task.id}/board`)).statusCode).toBe(403);
    // a unit officer cannot move their own deadline
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/assignments/${mine}`, { dueOn: '2026-12-31' })).statusCode,
    ).toBe(403);
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/assignments/${mine}`, { progress: 30 })).statusCode,
    ).toBe(200);
  });

  it('lets leaders read everything and change nothing', async () => {
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    expect((await t.api('lanhdao', 'GET', `/api/assignments/${id}`)).statusCode).toBe(200);
    expect((await t.api('lanhdao', 'PATCH', `/api/assignments/${id}`, { progress: 10 })).statusCode).toBe(
      403,
    );
    expect(
      (await t.api('lanhdao', 'POST', `/api/assignments/${id}/submit`, { productNumber: '1' })).statusCode,
    ).toBe(403);
    expect(
      (await t.api('lanhdao', 'POST', `/api/assignments/${id}/return`, { reason: 'không đạt yêu cầu' }))
        .statusCode,
    ).toBe(403);
  });

  it('lets the focal office change a deadline, which moves the status', async () => {
    t.clock.set('2026-03-20');
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    expect((await get('sngv', id)).status).toBe('overdue_not_started');
    const res = await t.api('sngv', 'PATCH', `/api/assignments/${id}`, { dueOn: '2026-03-31' });
    expect(res.json()).toMatchObject({ dueOn: '2026-03-31', status: 'not_started' });
  });
});
