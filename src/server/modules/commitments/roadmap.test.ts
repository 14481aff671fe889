import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignments } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { buildCommitment, buildMilestone } from './factories.js';

const t = await createTestApp({ today: '2026-03-01' });
const review = {
  legalCompatibility: 'compatible',
  feasibility: 'high',
  completionLevel: 'limited',
  done: 'Đã tổ chức tuần văn hóa',
};

describe('reviews', () => {
  it('the lead unit reviews, repeatedly; the latest drives the register, earlier ones stay readable', async () => {
    const c = await buildCommitment(t);
    const first = await t.api('svhttdl', 'POST', `/api/commitments/${c.id}/reviews`, {
      ...review,
      reviewedOn: '2026-02-01',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      reviewerName: 'Cán bộ Sở VHTTDL',
      unitName: 'Sở Văn hóa, Thể thao và Du lịch',
    });
    await t.api('svhttdl.tt', 'POST', `/api/commitments/${c.id}/reviews`, {
      ...review,
      completionLevel: 'substantial',
      legalCompatibility: 'needs_amendment',
      legalBasis: 'Luật Thỏa thuận quốc tế 2020',
    });
    const list = (await t.api('svhttdl', 'GET', `/api/commitments/${c.id}/reviews`)).json();
    expect(list.map((r: { completionLevel: string }) => r.completionLevel)).toEqual([
      'substantial',
      'limited',
    ]);
    const got = (await t.api('sngv', 'GET', `/api/commitments/${c.id}`)).json();
    expect(got.latestReview).toMatchObject({
      completionLevel: 'substantial',
      legalCompatibility: 'needs_amendment',
      reviewedOn: '2026-03-01',
    });
    expect(
      (
        await t.api('svhttdl', 'POST', `/api/commitments/${c.id}/reviews`, {
          ...review,
          reviewedOn: '2026-03-02',
        })
      ).json().error.code,
    ).toBe('REVIEW_DATE_IN_FUTURE');
  });

  it('a coordinating unit and a leader may not review', async () => {
    const qnt = await t.unitByCode('21589');
    const c = await buildCommitment(t, { coordinatingUnitIds: [qnt.id] });
    expect((await t.api('quynhontay', 'POST', `/api/commitments/${c.id}/reviews`, review)).statusCode).toBe(
      403,
    );
    expect((await t.api('lanhdao', 'POST', `/api/commitments/${c.id}/reviews`, review)).statusCode).toBe(403);
    expect((await t.api('sngv', 'GET', `/api/commitments/${c.id}/reviews`)).json()).toEqual([]);
  });
});

describe('roadmap milestones', () => {
  it('rolls weighted progress up to the commitment and its lead assignment', async () => {
    const c = await buildCommitment(t);
    const m1 = await buildMilestone(t, c.id, {
      title: 'Ký kế hoạch triển khai',
      weight: 1,
      dueOn: '2026-04-30',
    });
    await buildMilestone(t, c.id, { title: 'Tổ chức tuần văn hóa', weight: 3, dueOn: '2026-09-30' });
    const res = await t.api('svhttdl', 'PATCH', `/api/commitments/${c.id}/milestones/${m1.id}`, {
      progress: 100,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().milestone).toMatchObject({ progress: 100, completedOn: '2026-03-01' });
    expect(res.json().commitment).toEqual({ progress: 25, atRisk: false, status: 'in_progress' });
    const [lead] = await t.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.commitmentId, c.id), eq(assignments.role, 'lead')));
    expect(lead).toMatchObject({ progress: 25, dueOn: '2026-09-30', completedOn: null });
  });

  it('an overdue milestone makes the commitment at risk', async () => {
    const c = await buildCommitment(t);
    await buildMilestone(t, c.id, { dueOn: '2026-02-20', progress: 40 });
    await buildMilestone(t, c.id, { dueOn: '2026-12-31' });
    const got = (await t.api('sngv', 'GET', `/api/commitments/${c.id}`)).json();
    expect(got).toMatchObject({ atRisk: true, progress: 20, status: 'in_progress' });
    const ms = (await t.api('sngv', 'GET', `/api/commitments/${c.id}/milestones`)).json();
    expect(ms.map((m: { overdue: boolean }) => m.overdue)).toEqual([true, false]);
  });

  it('a coordinator updates the progress of its own milestones only, and nothing else', async () => {
    const qnt = await t.unitByCode('21589');
    const svh = await t.unitByCode('SVHTTDL');
    const c = await buildCommitment(t, { coordinatingUnitIds: [qnt.id] });
    const own = await buildMilestone(t, c.id, { unitId: qnt.id });
    const lead = await buildMilestone(t, c.id, { unitId: svh.id });
    const ok = await t.api('quynhontay', 'PATCH', `/api/commitments/${c.id}/milestones/${own.id}`, {
      progress: 60,
    });
    expect(ok.statusCode).toBe(200);
    const [coord] = await t.db
      .select()
      .from(assignments)
      .where(and(eq(assignments.commitmentId, c.id), eq(assignments.unitId, qnt.id)));
    expect(coord!.progress).toBe(60);
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/commitments/${c.id}/milestones/${lead.id}`, { progress: 60 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.api('quynhontay', 'PATCH', `/api/commitments/${c.id}/milestones/${own.id}`, { weight: 5 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.api('quynhontay', 'POST', `/api/commitments/${c.id}/milestones`, { title: 'Mốc mới' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await t.api('sngv', 'POST', `/api/commitments/${c.id}/milestones`, {
          title: 'Mốc',
          unitId: (await t.unitByCode('SYT')).id,
        })
      ).json().error.code,
    ).toBe('MILESTONE_UNIT_NOT_ASSIGNED');
    const after = (await t.api('sngv', 'GET', `/api/commitments/${c.id}/milestones`)).json();
    expect(after.map((m: { progress: number; weight: number }) => [m.progress, m.weight])).toEqual([
      [60, 1],
      [0, 1],
    ]);
  });
});

describe('resources', () => {
  it('the lead unit records staff and budget in VND by source; amounts are whole đồng', async () => {
    const c = await buildCommitment(t);
    const res = await t.api('svhttdl', 'POST', `/api/commitments/${c.id}/resources`, {
      source: 'central',
      staff: 2,
      plannedVnd: 987_654_321_000,
      spentVnd: 1_000,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ plannedVnd: 987_654_321_000, spentVnd: 1000 });
    expect(
      (
        await t.api('svhttdl', 'POST', `/api/commitments/${c.id}/resources`, {
          source: 'oda',
          plannedVnd: 1.5,
        })
      ).statusCode,
    ).toBe(400);
    const got = (await t.api('sngv', 'GET', `/api/commitments/${c.id}`)).json();
    expect(got).toMatchObject({ plannedVnd: 987_654_321_000, spentVnd: 1000 });
  });
});

describe('timeline', () => {
  it('shows the activity, signing, reviews, milestone updates and obstacle steps with names and times', async () => {
    const act = (
      await t.api('sngv', 'POST', '/api/activities', {
        kind: 'visit_abroad',
        title: 'Đoàn công tác tỉnh thăm Hàn Quốc',
        startOn: '2026-01-10',
        countries: ['Hàn Quốc'],
      })
    ).json();
    const c = await buildCommitment(t, { activityId: act.id });
    const m = await buildMilestone(t, c.id);
    await t.api('svhttdl', 'POST', `/api/commitments/${c.id}/reviews`, review);
    await t.api('svhttdl', 'PATCH', `/api/commitments/${c.id}/milestones/${m.id}`, { progress: 30 });
    const ob = (
      await t.api('svhttdl', 'POST', '/api/obstacles', {
        subjectType: 'commitment',
        subjectId: c.id,
        description: 'Thiếu kinh phí đối ứng',
      })
    ).json();
    await t.api('sngv', 'POST', `/api/obstacles/${ob.id}/escalate`, {
      text: 'Đề nghị UBND tỉnh bố trí kinh phí',
    });
    const items = (await t.api('svhttdl', 'GET', `/api/commitments/${c.id}/timeline`)).json();
    const titles = items.map((i: { title: string }) => i.title);
    expect(titles[0]).toBe('Hoạt động đối ngoại: Đoàn công tác tỉnh thăm Hàn Quốc');
    expect(titles[1]).toMatch(/^Ký kết Bản ghi nhớ/);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Đăng ký cam kết vào hệ thống',
        'Rà soát: Triển khai hạn chế',
        'Phản ánh vướng mắc lên Sở Ngoại vụ',
        'Chuyển vướng mắc lên UBND tỉnh',
      ]),
    );
    const progress = items.find((i: { detail: string | null }) => i.detail === 'Tiến độ 0% → 30%');
    expect(progress.actorName).toBe('Cán bộ Sở VHTTDL (svhttdl)');
    const escalated = items.find((i: { title: string }) => i.title === 'Chuyển vướng mắc lên UBND tỉnh');
    expect(escalated.actorName).toBe('Chuyên viên Sở Ngoại vụ');
    expect(Number.isNaN(Date.parse(escalated.at))).toBe(false);
  });
});
