import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportRounds, reportSchedules, reportSubmissions } from '../../db/schema/reports.js';
import { notifications } from '../../db/schema/urging.js';
import { users } from '../../db/schema/users.js';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';
import { openScheduledRounds } from './schedules.js';

const t = await createTestApp({ today: '2026-06-15' });

let qnt: { id: string };
let svh: { id: string };
let directive: { id: string };

beforeAll(async () => {
  qnt = await t.unitByCode('21589');
  svh = await t.unitByCode('SVHTTDL');
  directive = await buildDocument(t, { number: '34-KH/TU', issuedOn: '2026-02-10' });
  const task = await buildTask(t, {
    documentId: directive.id,
    title: 'Ban hành kế hoạch',
    dueOn: '2026-09-30',
  });
  await assign(t, task.id, { unitIds: [qnt.id, svh.id] });
});

const roundsOf = async (scheduleId: string) =>
  t.db
    .select()
    .from(reportRounds)
    .where(eq(reportRounds.scheduleId, scheduleId))
    .orderBy(reportRounds.periodEnd);

describe('a recurring report schedule', () => {
  let scheduleId: string;

  it('is made from a round opened with repeat, and opens no round before the next cut-off', async () => {
    const res = await t.api('sngv', 'POST', '/api/report-rounds', {
      title: 'Báo cáo 6 tháng đầu năm 2026 kết quả thực hiện Kế hoạch số 34-KH/TU',
      kind: 'half_1',
      year: 2026,
      dueWorkingDays: 3,
      documentIds: [directive.id],
      unitIds: [qnt.id, svh.id],
      repeat: { kinds: ['year'] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ periodEnd: '2026-06-14', dueOn: '2026-06-17', required: 2 });
    scheduleId = res.json().scheduleId;
    expect(scheduleId).toBeTruthy();

    const list = await t.api('sngv', 'GET', '/api/report-schedules');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: scheduleId,
        titleTemplate: 'Báo cáo {period} kết quả thực hiện Kế hoạch số 34-KH/TU',
        kinds: ['year', 'half_1'],
        dueWorkingDays: 3,
        active: true,
        nextOpensOn: '2026-12-14',
        nextTitle: 'Báo cáo năm 2026 kết quả thực hiện Kế hoạch số 34-KH/TU',
        rounds: 1,
        units: 2,
      }),
    ]);
    // the units were told the round asks for their report
    const [told] = await t.db
      .select({ n: count() })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(users.username, 'quynhontay'), eq(notifications.kind, 'report_round')));
    expect(told?.n).toBe(1);

    expect(await openScheduledRounds(t.db, '2026-06-20')).toEqual([]);
    expect(await openScheduledRounds(t.db, '2026-12-13')).toEqual([]);
    expect(await roundsOf(scheduleId)).toHaveLength(1);
  });

  it('opens the next round by itself on the cut-off, once, even from two servers at a time', async () => {
    const [a, b] = await Promise.all([
      openScheduledRounds(t.db, '2026-12-14'),
      openScheduledRounds(t.db, '2026-12-14'),
    ]);
    expect([...a, ...b]).toHaveLength(1);
    const rounds = await roundsOf(scheduleId);
    expect(rounds.map((r) => [r.kind, r.periodStart, r.periodEnd, r.dueOn])).toEqual([
      ['half_1', '2025-12-15', '2026-06-14', '2026-06-17'],
      ['year', '2025-12-15', '2026-12-14', '2026-12-17'],
    ]);
    expect(rounds[1]!.title).toBe('Báo cáo năm 2026 kết quả thực hiện Kế hoạch số 34-KH/TU');
    const [subs] = await t.db
      .select({ n: count() })
      .from(reportSubmissions)
      .where(eq(reportSubmissions.roundId, rounds[1]!.id));
    expect(subs?.n).toBe(2);
    // Sở Ngoại vụ is told it opened
    const [told] = await t.db
      .select({ n: count() })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(users.username, 'sngv'), eq(notifications.subjectId, rounds[1]!.id)));
    expect(told?.n).toBe(1);
    // later days open nothing more; the round shows its schedule
    expect(await openScheduledRounds(t.db, '2026-12-20')).toEqual([]);
    const round = (await t.api('sngv', 'GET', `/api/report-rounds/${rounds[1]!.id}`)).json();
    expect(round.scheduleId).toBe(scheduleId);
    const next = (await t.api('sngv', 'GET', '/api/report-schedules')).json().items[0];
    expect(next).toMatchObject({ nextOpensOn: '2027-06-14', rounds: 2, lastPeriodEnd: '2026-12-14' });
  });

  it('does nothing while paused, and resumes from the next cut-off', async () => {
    const paused = await t.api('sngv', 'PATCH', `/api/report-schedules/${scheduleId}`, { active: false });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ active: false, nextOpensOn: null });
    expect(await openScheduledRounds(t.db, '2027-06-14')).toEqual([]);
    expect(
      (await t.api('sngv', 'PATCH', `/api/report-schedules/${scheduleId}`, { active: true })).json(),
    ).toMatchObject({
      active: true,
    });
    expect(await openScheduledRounds(t.db, '2027-06-15')).toHaveLength(1);
  });

  it('notes a failed opening on the schedule, writes nothing of the round and tries again the next day', async () => {
    await t.db
      .update(reportSchedules)
      .set({ unitIds: [], groups: [] })
      .where(eq(reportSchedules.id, scheduleId));
    const before = (await roundsOf(scheduleId)).length;
    expect(await openScheduledRounds(t.db, '2027-12-14')).toEqual([]);
    expect(await roundsOf(scheduleId)).toHaveLength(before);
    const s = (await t.api('sngv', 'GET', '/api/report-schedules')).json().items[0];
    expect(s).toMatchObject({ lastErrorOn: '2027-12-14', lastPeriodEnd: '2027-06-14' });
    expect(s.lastError).toContain('đơn vị');
    await t.db
      .update(reportSchedules)
      .set({ unitIds: [qnt.id] })
      .where(eq(reportSchedules.id, scheduleId));
    expect(await openScheduledRounds(t.db, '2027-12-14')).toEqual([]); // not again the same day
    expect(await openScheduledRounds(t.db, '2027-12-15')).toHaveLength(1);
    const s2 = (await t.api('sngv', 'GET', '/api/report-schedules')).json().items[0];
    expect(s2).toMatchObject({ lastError: null, lastPeriodEnd: '2027-12-14' });
  });

  it('refuses bad input with a stable code, and only Sở Ngoại vụ sees or changes schedules', async () => {
    const body = {
      title: 'Báo cáo đột xuất về hội nhập',
      kind: 'ad_hoc',
      periodStart: '2026-05-01',
      periodEnd: '2026-06-10',
      dueOn: '2026-06-20',
      documentIds: [directive.id],
      unitIds: [qnt.id],
      repeat: { kinds: ['quarter'] },
    };
    const count0 = (await t.db.select({ n: count() }).from(reportRounds))[0]!.n;
    const adHoc = await t.api('sngv', 'POST', '/api/report-rounds', body);
    expect(adHoc.statusCode).toBe(400);
    expect(adHoc.json().error.code).toBe('ROUND_REPEAT_AD_HOC');
    const odd = await t.api('sngv', 'POST', '/api/report-rounds', {
      ...body,
      kind: 'quarter',
      periodStart: '2026-03-20',
      periodEnd: '2026-06-14',
    });
    expect(odd.json().error.code).toBe('ROUND_REPEAT_PERIOD');
    expect((await t.db.select({ n: count() }).from(reportRounds))[0]!.n).toBe(count0);
    expect((await t.db.select({ n: count() }).from(reportSchedules))[0]!.n).toBe(1);

    expect((await t.api('quynhontay', 'GET', '/api/report-schedules')).statusCode).toBe(403);
    expect(
      (await t.api('quynhontay.tt', 'PATCH', `/api/report-schedules/${scheduleId}`, { active: false }))
        .statusCode,
    ).toBe(403);
    const missing = await t.api(
      'sngv',
      'PATCH',
      '/api/report-schedules/00000000-0000-4000-8000-000000000000',
      {
        active: false,
      },
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SCHEDULE_NOT_FOUND');
    const badTitle = await t.api('sngv', 'PATCH', `/api/report-schedules/${scheduleId}`, {
      titleTemplate: 'Báo cáo',
    });
    expect(badTitle.statusCode).toBe(400);
  });
});
