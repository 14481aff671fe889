import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignments } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { buildActivity, buildCommitment, buildMilestone } from './factories.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('registering a commitment', () => {
  it('records it from an activity, with lead and coordinating units as assignments', async () => {
    const act = await buildActivity(t);
    const svh = await t.unitByCode('SVHTTDL');
    const qnt = await t.unitByCode('21589');
    const c = await buildCommitment(t, {
      activityId: act.id,
      coordinatingUnitIds: [qnt.id, svh.id],
      signatories: 'Phó Chủ tịch UBND tỉnh; Phó Tỉnh trưởng tỉnh Gyeonggi',
      expiresOn: '2031-01-13',
      provinceAgreement: true,
    });
    expect(c).toMatchObject({
      activityId: act.id,
      activityTitle: act.title,
      leadUnitId: svh.id,
      coordinatingUnitIds: [qnt.id], // the lead is not also a coordinator
      progress: 0,
      atRisk: false,
      status: 'not_started',
      legalReportDueOn: '2026-01-28',
      legalReport: 'missing',
    });
    const rows = await t.db.select().from(assignments).where(eq(assignments.commitmentId, c.id));
    expect(rows.map((r) => [r.unitId, r.role]).sort()).toEqual(
      [
        [svh.id, 'lead'],
        [qnt.id, 'coordinator'],
      ].sort(),
    );
    const history = (await t.api('sngv', 'GET', `/api/audit?entity=commitment&entityId=${c.id}`)).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(['create']);
  });

  it('refuses unknown fields, bad dates, unknown units; only Sở Ngoại vụ registers', async () => {
    const svh = await t.unitByCode('SVHTTDL');
    const body = { title: 'Cam kết thử', form: 'mou', partner: 'Tỉnh A', country: 'Lào', field: 'trade' };
    expect(
      (await t.api('sngv', 'POST', '/api/commitments', { ...body, progress: 50 })).json().error.code,
    ).toBe('VALIDATION_ERROR');
    expect(
      (
        await t.api('sngv', 'POST', '/api/commitments', {
          ...body,
          signedOn: '2026-02-01',
          expiresOn: '2026-01-01',
        })
      ).json().error.code,
    ).toBe('COMMITMENT_DATES_INVALID');
    expect(
      (
        await t.api('sngv', 'POST', '/api/commitments', {
          ...body,
          leadUnitId: '00000000-0000-4000-8000-000000000000',
        })
      ).json().error.code,
    ).toBe('COMMITMENT_UNIT_INVALID');
    for (const who of ['svhttdl', 'svhttdl.tt', 'lanhdao']) {
      const res = await t.api(who, 'POST', '/api/commitments', { ...body, leadUnitId: svh.id });
      expect(res.statusCode).toBe(403);
    }
  });

  it('moves the assignment rows when the lead changes, each change audited', async () => {
    const svh = await t.unitByCode('SVHTTDL');
    const qnt = await t.unitByCode('21589');
    const c = await buildCommitment(t);
    const res = await t.api('sngv', 'PATCH', `/api/commitments/${c.id}`, {
      leadUnitId: qnt.id,
      coordinatingUnitIds: [svh.id],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ leadUnitId: qnt.id, coordinatingUnitIds: [svh.id] });
    const rows = await t.db.select().from(assignments).where(eq(assignments.commitmentId, c.id));
    expect(Object.fromEntries(rows.map((r) => [r.unitId, r.role]))).toEqual({
      [qnt.id]: 'lead',
      [svh.id]: 'coordinator',
    });
    const log = (await t.api('sngv', 'GET', '/api/audit?entity=assignment&pageSize=100')).json();
    expect(
      log.items.filter((e: { after: { commitmentId?: string } | null }) => e.after?.commitmentId === c.id)
        .length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('unit scope', () => {
  it('a unit sees only commitments it is assigned to; others answer 404 and change nothing', async () => {
    const qnt = await t.unitByCode('21589');
    const mine = await buildCommitment(t, { title: 'Cam kết của phường Quy Nhơn Tây', leadUnitId: qnt.id });
    const other = await buildCommitment(t, { title: 'Cam kết chỉ của Sở VHTTDL' });
    const list = (await t.api('quynhontay', 'GET', '/api/commitments?pageSize=500')).json();
    const ids = list.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(other.id);
    expect(list.total).toBe(ids.length);
    expect((await t.api('quynhontay', 'GET', `/api/commitments/${other.id}`)).statusCode).toBe(404);
    expect((await t.api('quynhontay', 'GET', `/api/commitments/${other.id}/milestones`)).statusCode).toBe(
      404,
    );
    expect((await t.api('quynhontay', 'GET', `/api/commitments/${other.id}/timeline`)).statusCode).toBe(404);
    const review = await t.api('quynhontay', 'POST', `/api/commitments/${other.id}/reviews`, {
      legalCompatibility: 'compatible',
      feasibility: 'high',
      completionLevel: 'limited',
    });
    expect(review.statusCode).toBe(404);
    expect((await t.api('sngv', 'GET', `/api/commitments/${other.id}/reviews`)).json()).toEqual([]);
    // a leader reads everything and changes nothing
    expect((await t.api('lanhdao', 'GET', `/api/commitments/${other.id}`)).statusCode).toBe(200);
    expect(
      (await t.api('lanhdao', 'PATCH', `/api/commitments/${other.id}`, { title: 'Đổi tên' })).statusCode,
    ).toBe(403);
  });
});

describe('the register', () => {
  it('filters by country, partner, field, status, unit, priority and expiry', async () => {
    const qnt = await t.unitByCode('21589');
    const a = await buildCommitment(t, {
      title: 'Đào tạo nghề điều dưỡng',
      country: 'Nhật Bản',
      partner: 'Tỉnh Shizuoka',
      field: 'labour',
      expiresOn: '2026-05-01',
    });
    const b = await buildCommitment(t, {
      title: 'Xúc tiến du lịch biển',
      country: 'Nhật Bản',
      partner: 'Tập đoàn Lữ hành Sakura',
      field: 'tourism',
      leadUnitId: qnt.id,
    });
    await buildMilestone(t, b.id, { dueOn: '2026-02-15', progress: 20 }); // overdue → b overdue, at risk
    const q = async (qs: string) =>
      (await t.api('sngv', 'GET', `/api/commitments?pageSize=500&${qs}`))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await q('country=Nh%E1%BA%ADt%20B%E1%BA%A3n')).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await q(`country=${encodeURIComponent('Nhật Bản')}&field=labour`)).toEqual([a.id]);
    expect(await q('partner=shizuoka')).toEqual([a.id]);
    expect(await q(`status=overdue&country=${encodeURIComponent('Nhật Bản')}`)).toEqual([b.id]);
    expect(await q(`atRisk=true&country=${encodeURIComponent('Nhật Bản')}`)).toEqual([b.id]);
    expect(await q(`unitId=${qnt.id}&field=tourism`)).toEqual([b.id]);
    expect(await q(`expiringWithinDays=90&country=${encodeURIComponent('Nhật Bản')}`)).toEqual([a.id]);
    expect(await q('q=dieu duong')).toEqual([a.id]);
    const page = (await t.api('sngv', 'GET', '/api/commitments?pageSize=1&page=2')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(2);
  });

  it('keeps a stored priority order that Sở Ngoại vụ rearranges', async () => {
    const x = await buildCommitment(t, { title: 'Ưu tiên X', country: 'Lào', field: 'health' });
    const y = await buildCommitment(t, { title: 'Ưu tiên Y', country: 'Lào', field: 'health' });
    expect(
      (await t.api('svhttdl', 'PUT', '/api/commitments/priority', { ids: [y.id, x.id] })).statusCode,
    ).toBe(403);
    const res = await t.api('sngv', 'PUT', '/api/commitments/priority', { ids: [y.id, x.id] });
    expect(res.statusCode).toBe(200);
    const list = (await t.api('sngv', 'GET', '/api/commitments?pageSize=500')).json().items;
    expect(list[0]).toMatchObject({ id: y.id, priority: 1 });
    expect(list[1]).toMatchObject({ id: x.id, priority: 2 });
    expect(list.every((c: { priority: number | null }, i: number) => c.priority === i + 1)).toBe(true);
    const top = (await t.api('sngv', 'GET', '/api/commitments?priorityMax=1')).json();
    expect(top.items.map((c: { id: string }) => c.id)).toEqual([y.id]);
    expect(
      (await t.api('sngv', 'PUT', '/api/commitments/priority', { ids: [x.id, x.id] })).json().error.code,
    ).toBe('PRIORITY_DUPLICATE');
  });

  it('sums commitments, progress and budget per country, and resources per unit and field', async () => {
    const c = await buildCommitment(t, { country: 'Campuchia', field: 'agriculture' });
    const svh = await t.unitByCode('SVHTTDL');
    await t.api('sngv', 'POST', `/api/commitments/${c.id}/resources`, {
      unitId: svh.id,
      source: 'provincial',
      staff: 3,
      plannedVnd: 1_500_000_000,
      spentVnd: 250_000_000,
    });
    await t.api('sngv', 'POST', `/api/commitments/${c.id}/resources`, {
      source: 'oda',
      plannedVnd: 2_000_000_000,
    });
    const countries = (await t.api('sngv', 'GET', '/api/commitments/summary/countries')).json();
    expect(countries.find((r: { country: string }) => r.country === 'Campuchia')).toMatchObject({
      commitments: 1,
      plannedVnd: 3_500_000_000,
      spentVnd: 250_000_000,
    });
    const byField = (await t.api('sngv', 'GET', '/api/commitments/summary/resources?by=field')).json();
    expect(byField.find((r: { key: string }) => r.key === 'agriculture')).toMatchObject({
      staff: 3,
      plannedVnd: 3_500_000_000,
    });
    const byUnit = (await t.api('sngv', 'GET', '/api/commitments/summary/resources?by=unit')).json();
    expect(byUnit.find((r: { key: string }) => r.key === svh.id)).toMatchObject({
      label: svh.name,
      staff: 3,
    });
  });
});
