import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.js';
import { assignments } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { buildCommitment } from '../commitments/factories.js';

const t = await createTestApp({ today: '2026-03-01' });

async function raise(as = 'svhttdl', over: Record<string, unknown> = {}) {
  const c = await buildCommitment(t);
  const res = await t.api(as, 'POST', '/api/obstacles', {
    subjectType: 'commitment',
    subjectId: c.id,
    description: 'Đối tác đề nghị điều chỉnh thời gian tổ chức tuần văn hóa',
    cause: 'Thiếu kinh phí đối ứng năm 2026',
    proposal: 'Đề nghị UBND tỉnh bổ sung dự toán',
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
}

/** The obstacle as stored, and how many audit entries it has: a refusal must change neither. */
async function snapshot(id: string) {
  const o = (await t.api('sngv', 'GET', `/api/obstacles/${id}`)).json();
  const audits = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'obstacle'), eq(auditLog.entityId, id)));
  return { o, audits: audits.length };
}

async function expectRefused(
  id: string,
  as: string,
  path: string,
  body: unknown,
  code: string,
  status: number,
) {
  const before = await snapshot(id);
  const res = await t.api(as, 'POST', `/api/obstacles/${id}/${path}`, body);
  expect(res.statusCode).toBe(status);
  expect(res.json().error.code).toBe(code);
  expect(res.json().error.message).toMatch(/\S/);
  expect(await snapshot(id)).toEqual(before);
}

describe('raising an obstacle', () => {
  it('a unit raises it to Sở Ngoại vụ with a response deadline', async () => {
    const o = await raise();
    expect(o).toMatchObject({
      level: 'focal',
      status: 'open',
      unitName: 'Sở Văn hóa, Thể thao và Du lịch',
      raisedOn: '2026-03-01',
      responseDueOn: '2026-03-08',
      overdue: false,
      actionable: false,
    });
    expect(o.steps).toMatchObject([{ kind: 'raise', toLevel: 'focal', actorName: 'Cán bộ Sở VHTTDL' }]);
  });

  it('a unit cannot skip a level by raising straight to UBND tỉnh', async () => {
    const c = await buildCommitment(t);
    const res = await t.api('svhttdl', 'POST', '/api/obstacles', {
      subjectType: 'commitment',
      subjectId: c.id,
      description: 'Vướng mắc gửi thẳng UBND tỉnh',
      level: 'leader',
    });
    expect(res.json().error.code).toBe('OBSTACLE_SKIP_LEVEL');
    expect((await t.api('sngv', 'GET', `/api/obstacles?subjectId=${c.id}`)).json().total).toBe(0);
  });

  it('a unit raises only on its own commitments and assignments', async () => {
    const c = await buildCommitment(t);
    const res = await t.api('quynhontay', 'POST', '/api/obstacles', {
      subjectType: 'commitment',
      subjectId: c.id,
      description: 'Không phải việc của phường',
    });
    expect(res.statusCode).toBe(404);
    const [a] = await t.db.select().from(assignments).where(eq(assignments.commitmentId, c.id));
    const onAssignment = await t.api('quynhontay', 'POST', '/api/obstacles', {
      subjectType: 'assignment',
      subjectId: a!.id,
      description: 'Không phải việc của phường',
    });
    expect(onAssignment.json().error.code).toBe('OBSTACLE_SUBJECT_NOT_FOUND');
    const own = await t.api('svhttdl', 'POST', '/api/obstacles', {
      subjectType: 'assignment',
      subjectId: a!.id,
      description: 'Vướng mắc trên việc được giao',
    });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ subjectType: 'assignment', subjectId: a!.id, subjectTitle: c.title });
    expect(
      (
        await t.api('lanhdao', 'POST', '/api/obstacles', {
          subjectType: 'commitment',
          subjectId: c.id,
          description: 'Lãnh đạo không phản ánh',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('escalation, step by step', () => {
  it('focal → leader → central, each step with who, when, opinion and deadline; resolution closes it', async () => {
    const o = await raise();
    const up = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/escalate`, {
      text: 'Vượt thẩm quyền của Sở, trình UBND tỉnh',
      responseDueOn: '2026-03-03',
    });
    expect(up.json()).toMatchObject({ level: 'leader', responseDueOn: '2026-03-03', respondedOn: null });
    const queue = (await t.api('lanhdao', 'GET', '/api/obstacles?waiting=me')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(o.id);
    expect(queue.items.find((x: { id: string }) => x.id === o.id).actionable).toBe(true);
    expect(
      (await t.api('sngv', 'GET', '/api/obstacles?waiting=me')).json().items.map((x: { id: string }) => x.id),
    ).not.toContain(o.id);

    t.clock.set('2026-03-05'); // sessions last 7 days: stay within them
    try {
      expect((await t.api('lanhdao', 'GET', `/api/obstacles/${o.id}`)).json().overdue).toBe(true);
      expect(
        (await t.api('lanhdao', 'GET', '/api/obstacles?overdue=true'))
          .json()
          .items.map((x: { id: string }) => x.id),
      ).toContain(o.id);
      const central = await t.api('lanhdao', 'POST', `/api/obstacles/${o.id}/escalate`, {
        text: 'Báo cáo Bộ Tài chính',
        to: 'central',
      });
      expect(central.json()).toMatchObject({ level: 'central', responseDueOn: '2026-04-04', overdue: false });
      const reply = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/respond`, {
        text: 'Bộ Tài chính đồng ý bổ sung kinh phí',
      });
      expect(reply.json()).toMatchObject({ level: 'central', respondedOn: '2026-03-05' });
      const done = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/resolve`, {
        resolution: 'Đã bổ sung kinh phí, tổ chức tháng 10/2026',
      });
      expect(done.json()).toMatchObject({
        status: 'resolved',
        resolvedOn: '2026-03-05',
        resolution: 'Đã bổ sung kinh phí, tổ chức tháng 10/2026',
      });
      expect(
        done.json().steps.map((s: { kind: string; actorName: string }) => [s.kind, s.actorName]),
      ).toEqual([
        ['raise', 'Cán bộ Sở VHTTDL'],
        ['escalate', 'Chuyên viên Sở Ngoại vụ'],
        ['escalate', 'Lãnh đạo UBND tỉnh'],
        ['respond', 'Chuyên viên Sở Ngoại vụ'],
        ['resolve', 'Chuyên viên Sở Ngoại vụ'],
      ]);
      const actions = (await t.api('sngv', 'GET', `/api/audit?entity=obstacle&entityId=${o.id}`))
        .json()
        .items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(['resolve', 'respond', 'escalate', 'escalate', 'raise']);
    } finally {
      t.clock.set('2026-03-01');
    }
  });

  it("the leader's decision resolves it: closed, out of every queue, nothing left to click", async () => {
    const o = await raise();
    const up = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/escalate`, {});
    expect(up.json().responseDueOn).toBe('2026-03-11'); // 10 days for UBND tỉnh
    expect(up.json().nextStep).toBe('Chờ lãnh đạo UBND tỉnh quyết định (hoặc báo cáo cơ quan trung ương)');
    // an opinion that leaves it open is not the leader's step at UBND tỉnh
    const opinion = await t.api('lanhdao', 'POST', `/api/obstacles/${o.id}/respond`, { text: 'Ý kiến' });
    expect(opinion.statusCode).toBe(409);
    expect(opinion.json().error.code).toBe('OBSTACLE_DECIDE_REQUIRED');

    const decided = await t.api('lanhdao', 'POST', `/api/obstacles/${o.id}/decide`, {
      decision: 'Giao Sở Tài chính cân đối kinh phí',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({
      status: 'resolved',
      level: 'leader',
      resolution: 'Giao Sở Tài chính cân đối kinh phí',
      resolvedOn: '2026-03-01',
      actionable: false,
      nextStep: 'Đã giải quyết',
    });
    expect(decided.json().steps.at(-1)).toMatchObject({
      kind: 'decide',
      toLevel: 'leader',
      actorName: 'Lãnh đạo UBND tỉnh',
    });
    for (const who of ['lanhdao', 'sngv']) {
      const queue = (await t.api(who, 'GET', '/api/obstacles?waiting=me&pageSize=500')).json();
      expect(queue.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    }
    const resolved = (await t.api('sngv', 'GET', '/api/obstacles?status=resolved&pageSize=500')).json();
    expect(resolved.items.map((x: { id: string }) => x.id)).toContain(o.id);
    // deciding again, escalating or closing it is refused
    await expectRefused(o.id, 'lanhdao', 'decide', { decision: 'Lần nữa' }, 'OBSTACLE_RESOLVED', 409);
    await expectRefused(o.id, 'lanhdao', 'escalate', {}, 'OBSTACLE_RESOLVED', 409);
    const audit = (await t.api('sngv', 'GET', `/api/audit?entity=obstacle&entityId=${o.id}`)).json();
    expect(audit.items[0].action).toBe('leader_decide');
  });

  it('only the leader decides, and only at UBND tỉnh', async () => {
    const o = await raise();
    await expectRefused(o.id, 'sngv', 'decide', { decision: 'Sở quyết thay' }, 'OBSTACLE_NOT_AT_LEADER', 409);
    await t.api('sngv', 'POST', `/api/obstacles/${o.id}/escalate`, {});
    await expectRefused(o.id, 'sngv', 'decide', { decision: 'Sở quyết thay' }, 'OBSTACLE_NOT_HOLDER', 403);
  });

  it("an answer of Sở Ngoại vụ keeps it open in Sở Ngoại vụ's queue until it is closed", async () => {
    const o = await raise();
    const answered = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/respond`, {
      text: 'Hướng dẫn đơn vị',
    });
    expect(answered.json()).toMatchObject({ status: 'open', respondedOn: '2026-03-01', actionable: true });
    expect(answered.json().nextStep).toContain('Sở Ngoại vụ đóng khi vướng mắc được giải quyết');
    const queue = (await t.api('sngv', 'GET', '/api/obstacles?waiting=me&pageSize=500')).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(o.id);
  });
});

describe('refusals change nothing', () => {
  it('a unit cannot escalate, answer or resolve its own obstacle (it is held by Sở Ngoại vụ)', async () => {
    const o = await raise();
    await expectRefused(o.id, 'svhttdl', 'escalate', {}, 'OBSTACLE_NOT_HOLDER', 403);
    await expectRefused(o.id, 'svhttdl.tt', 'respond', { text: 'Tự trả lời' }, 'OBSTACLE_NOT_HOLDER', 403);
    await expectRefused(o.id, 'svhttdl', 'resolve', { resolution: 'Tự đóng' }, 'OBSTACLE_NOT_HOLDER', 403);
  });

  it('nobody skips a level: Sở Ngoại vụ cannot send it straight to the central authority', async () => {
    const o = await raise();
    await expectRefused(o.id, 'sngv', 'escalate', { to: 'central' }, 'OBSTACLE_SKIP_LEVEL', 409);
  });

  it('the leader cannot act before it reaches them; Sở Ngoại vụ cannot act once it has', async () => {
    const o = await raise();
    await expectRefused(o.id, 'lanhdao', 'respond', { text: 'Quyết định sớm' }, 'OBSTACLE_NOT_HOLDER', 403);
    await t.api('sngv', 'POST', `/api/obstacles/${o.id}/escalate`, {});
    // the same click repeated is the step already taken, not a second one
    const repeat = await t.api('sngv', 'POST', `/api/obstacles/${o.id}/escalate`, {});
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json().steps.map((s: { kind: string }) => s.kind)).toEqual(['raise', 'escalate']);
    await expectRefused(o.id, 'sngv', 'escalate', { text: 'Lên nữa' }, 'OBSTACLE_NOT_HOLDER', 403);
    await expectRefused(
      o.id,
      'sngv',
      'resolve',
      { resolution: 'Đóng thay lãnh đạo' },
      'OBSTACLE_NOT_HOLDER',
      403,
    );
    await t.api('lanhdao', 'POST', `/api/obstacles/${o.id}/escalate`, {});
    await expectRefused(o.id, 'sngv', 'escalate', {}, 'OBSTACLE_TOP_LEVEL', 409);
  });

  it("a unit cannot see or act on another unit's obstacle", async () => {
    const o = await raise();
    expect((await t.api('quynhontay', 'GET', `/api/obstacles/${o.id}`)).statusCode).toBe(404);
    expect(
      (await t.api('quynhontay', 'GET', '/api/obstacles?pageSize=500'))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).not.toContain(o.id);
    await expectRefused(o.id, 'quynhontay', 'escalate', {}, 'OBSTACLE_NOT_FOUND', 404);
    await expectRefused(
      o.id,
      'quynhontay.tt',
      'resolve',
      { resolution: 'Đóng hộ' },
      'OBSTACLE_NOT_FOUND',
      404,
    );
  });

  it('a resolved obstacle cannot be reopened, escalated or answered', async () => {
    const o = await raise();
    await t.api('sngv', 'POST', `/api/obstacles/${o.id}/resolve`, { resolution: 'Sở Ngoại vụ đã hướng dẫn' });
    await expectRefused(o.id, 'sngv', 'escalate', {}, 'OBSTACLE_RESOLVED', 409);
    await expectRefused(o.id, 'sngv', 'respond', { text: 'Mở lại' }, 'OBSTACLE_RESOLVED', 409);
    await expectRefused(o.id, 'sngv', 'resolve', { resolution: 'Đóng lần nữa' }, 'OBSTACLE_RESOLVED', 409);
    await expectRefused(o.id, 'svhttdl', 'escalate', {}, 'OBSTACLE_RESOLVED', 409);
  });
});
