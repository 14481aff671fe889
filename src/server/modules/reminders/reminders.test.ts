import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/working-days.js';
import { reminders, schedulerLeases } from '../../db/schema/reminders.js';
import { notifications } from '../../db/schema/urging.js';
import { createTestApp } from '../../test/harness.js';
import { startTestSmtp } from '../../test/smtp.js';
import { buildAssignments, freshSessions } from '../assignments/factories.js';
import { createMailSender } from '../mail/sender.js';
import { runDailyIfDue, runSweep, SWEEP_LEASE } from './sweep.js';

const base = await createTestApp({ today: '2026-03-01' });
const t = freshSessions(base);
const smtp = await startTestSmtp();
afterAll(() => smtp.close());
const settings = {
  smtpUrl: smtp.url,
  from: 'Sở Ngoại vụ <theodoi@sngv.test>',
  publicUrl: 'https://theodoi.sngv.test',
};

async function setEmail(username: string, email: string) {
  const u = await t.actor(username);
  expect((await t.api('admin', 'PATCH', `/api/users/${u.id}`, { email })).statusCode).toBe(200);
}

/** 07:30 has passed in Vietnam on `day` (the test clock stands at 10:00). */
const at = (day: string) => ({ today: day, now: new Date(`${day}T03:00:00.000Z`) });

const keysOf = async (ids: string[]) =>
  (
    await t.db
      .select({
        id: reminders.subjectId,
        rule: reminders.rule,
        sentOn: reminders.sentOn,
        esc: reminders.escalation,
      })
      .from(reminders)
      .where(inArray(reminders.subjectId, ids))
  )
    .map((r) => `${r.id === ids[0] ? 'A' : 'B'} ${r.rule}@${r.sentOn}${r.esc === 'unit' ? '' : ` ${r.esc}`}`)
    .sort();

describe('reminders over a simulated month', () => {
  let ward: string;
  let dept: string;
  let off: string;

  it('sends each reminder exactly once with two servers sweeping at once and one killed mid-run', async () => {
    await setEmail('quynhontay', 'canbo.qnt@gialai.test');
    await setEmail('svhttdl', 'canbo.svh@gialai.test');
    await setEmail('svhttdl.tt', 'giamdoc.svh@gialai.test');
    ward = (
      await buildAssignments(t, ['21589'], {
        title: 'Nhắc hạn: báo cáo tháng 3 của phường',
        dueOn: '2026-03-20',
      })
    ).ids['21589']!;
    const d = await buildAssignments(t, ['SVHTTDL'], {
      title: 'Nhắc hạn: kế hoạch tuần văn hóa',
      dueOn: '2026-03-10',
    });
    dept = d.ids.SVHTTDL!;
    const o = await buildAssignments(t, ['21589'], {
      title: 'Nhắc hạn: việc đã tắt nhắc',
      dueOn: '2026-03-12',
    });
    off = o.ids['21589']!;
    expect(
      (await t.api('sngv', 'PUT', `/api/tasks/${o.task.id}/reminder-rules`, { mode: 'off' })).json(),
    ).toEqual({
      mode: 'off',
      rules: null,
    });

    const sender = createMailSender(t.db, settings)!;
    let killed = 0;
    for (let day = '2026-03-01'; day <= '2026-03-31'; day = addDays(day, 1)) {
      t.clock.set(day);
      const kill = day === '2026-03-17';
      // two servers at the same moment; on 17/3 the one that took the lease dies inside its
      // transaction (on PostgreSQL either may win the race for the lease)
      const dies = kill
        ? () => {
            if (killed++ === 0) throw new Error('server killed');
          }
        : undefined;
      const results = await Promise.allSettled([
        runDailyIfDue(t.db, { ...at(day), holder: 'A', onBatch: dies }),
        runDailyIfDue(t.db, { ...at(day), holder: 'B', onBatch: dies }),
      ]);
      if (kill) expect(results.some((r) => r.status === 'rejected')).toBe(true);
      // a minute later both servers look again (the survivor finishes what the dead one left)
      const later = { today: day, now: new Date(`${day}T03:01:00.000Z`) };
      await Promise.all([
        runDailyIfDue(t.db, { ...later, holder: 'A' }),
        runDailyIfDue(t.db, { ...later, holder: 'B' }),
      ]);
      await sender.sendDue(new Date(`${day}T03:02:00.000Z`), 1000);
    }
    sender.close();
    expect(killed).toBeGreaterThanOrEqual(1);

    expect(await keysOf([ward, dept])).toEqual(
      [
        'A before:7@2026-03-13',
        'A before:3@2026-03-17',
        'A before:1@2026-03-19',
        'A day@2026-03-20',
        'A after:3@2026-03-23',
        'A after:7@2026-03-27',
        'B before:7@2026-03-03',
        'B before:3@2026-03-06',
        'B before:1@2026-03-09',
        'B day@2026-03-10',
        'B after:1@2026-03-11',
        'B after:3@2026-03-13',
        'B after:7@2026-03-17 head',
        'B after:14@2026-03-24 head',
        'B after:21@2026-03-31 head',
      ].sort(),
    );
    expect(await keysOf([off])).toEqual([]);

    // each reminder reached the officer's mailbox exactly once (alone or in that day's digest)
    const mentions = (address: string, title: string) =>
      smtp.received.filter(
        (m) =>
          m.to &&
          JSON.stringify(m.to).includes(address) &&
          !m.subject?.startsWith('Nhiệm vụ mới được giao') &&
          `${m.subject}\n${m.text}`.includes(title),
      );
    expect(mentions('canbo.qnt@gialai.test', 'báo cáo tháng 3 của phường')).toHaveLength(6);
    expect(mentions('canbo.svh@gialai.test', 'kế hoạch tuần văn hóa')).toHaveLength(9);
    // the head, after the second overdue reminder
    expect(mentions('giamdoc.svh@gialai.test', 'kế hoạch tuần văn hóa')).toHaveLength(3);
    expect(mentions('canbo.qnt@gialai.test', 'việc đã tắt nhắc')).toHaveLength(0);
    const one = mentions('canbo.qnt@gialai.test', 'báo cáo tháng 3 của phường')[0]!;
    expect(`${one.subject}\n${one.text}`).toMatch(/20\/03\/2026/);

    // in the app: the officer's notices name the assignment or list it
    const notes = await t.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, (await t.actor('svhttdl.tt')).id));
    expect(
      notes.filter((n) => n.kind === 'escalation' && `${n.title}${n.body}`.includes('kế hoạch tuần văn hóa')),
    ).toHaveLength(3);
  });

  it('a server that died holding the lease is taken over when the lease runs out', async () => {
    const day = '2026-04-01';
    await t.db
      .update(schedulerLeases)
      .set({ holder: 'dead', until: new Date(`${day}T03:04:00.000Z`) })
      .where(eq(schedulerLeases.name, SWEEP_LEASE));
    expect(await runSweep(t.db, { ...at(day), holder: 'B' })).toEqual({ ran: false, reason: 'leased' });
    const r = await runSweep(t.db, { today: day, now: new Date(`${day}T03:05:00.000Z`), holder: 'B' });
    expect(r.ran).toBe(true);
  });

  it('after days of downtime, one digest per person, not a flood', async () => {
    const day = '2026-05-04';
    t.clock.set(day);
    await buildAssignments(t, ['21589'], { title: 'Nhắc hạn: tổng hợp ý kiến quý II', dueOn: '2026-04-15' });
    const officer = (await t.actor('quynhontay')).id;
    const before = await t.db.select().from(notifications).where(eq(notifications.userId, officer));
    const r = await runSweep(t.db, { ...at(day), holder: 'A' });
    expect(r.ran && r.recorded).toBeGreaterThan(1);
    const after = await t.db.select().from(notifications).where(eq(notifications.userId, officer));
    const fresh = after.filter((n) => !before.some((b) => b.id === n.id));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatchObject({ kind: 'digest' });
    expect(fresh[0]!.body).toContain('Nhắc hạn: tổng hợp ý kiến quý II — hạn 15/04/2026 (quá hạn 19 ngày)');
    expect(fresh[0]!.body).toContain(
      'Nhắc hạn: báo cáo tháng 3 của phường — hạn 20/03/2026 (quá hạn 45 ngày)',
    );
    // and running again the same day sends nothing more
    await runSweep(t.db, { today: day, now: new Date(`${day}T05:00:00.000Z`), holder: 'B' });
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, officer))).toHaveLength(
      after.length,
    );
    // one reminder per assignment recorded for that day: the latest rule
    const rows = await t.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.subjectId, ward), eq(reminders.sentOn, day)));
    expect(rows.map((x) => x.rule)).toEqual(['after:42']);
  });
});

describe('reminder rules', () => {
  it('the administrator keeps the defaults; a task can have its own', async () => {
    const defaults = (await t.api('sngv', 'GET', '/api/reminders/rules')).json();
    expect(defaults.rules).toEqual({
      before: [7, 3, 1],
      onDay: true,
      after: [1, 3, 7],
      weeklyAfter: true,
      headAfter: 2,
      focalAfterDays: 30,
    });
    const next = { ...defaults.rules, before: [10, 5, 1], focalAfterDays: 20 };
    expect((await t.api('sngv', 'PUT', '/api/reminders/rules', next)).statusCode).toBe(403);
    const put = await t.api('admin', 'PUT', '/api/reminders/rules', next);
    expect(put.json().rules).toEqual(next);
    const { task } = await buildAssignments(t, ['21589']);
    expect((await t.api('sngv', 'GET', `/api/tasks/${task.id}/reminder-rules`)).json()).toEqual({
      mode: 'default',
      rules: next,
    });
    const own = { ...next, before: [2] };
    expect(
      (
        await t.api('sngv', 'PUT', `/api/tasks/${task.id}/reminder-rules`, { mode: 'custom', rules: own })
      ).json(),
    ).toEqual({
      mode: 'custom',
      rules: own,
    });
    expect(
      (await t.api('quynhontay', 'PUT', `/api/tasks/${task.id}/reminder-rules`, { mode: 'off' })).statusCode,
    ).toBe(403);
    expect(
      (await t.api('sngv', 'PUT', `/api/tasks/${task.id}/reminder-rules`, { mode: 'custom' })).statusCode,
    ).toBe(400);
    expect(
      (await t.api('sngv', 'PUT', `/api/tasks/${task.id}/reminder-rules`, { mode: 'default' })).json().mode,
    ).toBe('default');
  });
});
