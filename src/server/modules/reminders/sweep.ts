// The reminder sweep: once a day (07:30, Vietnam time) one server, holding the lease, walks every
// open deadline, records the reminder due today under its UNIQUE key and, in the same
// transaction, tells the unit (its head after the 2nd overdue reminder, Sở Ngoại vụ after a long
// delay). A server that dies mid-sweep commits nothing of its batch; the next one redoes it.
// Batches hold whole units, so each person of a unit gets one notice per sweep: after a day of
// downtime a digest, not a flood.
import {
  daysLeft,
  defaultReminderRules,
  latestOccurrence,
  type ReminderRules,
} from '../../../shared/reminders.js';
import { formatVnDate } from '../../../shared/urging.js';
import { addDays, isWorkingDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { calendarFor } from '../holidays/service.js';
import { queueMail } from '../mail/service.js';
import { type Notice, notify, notifyUnitRoles } from '../notifications/service.js';
import * as repo from './repo.js';

export const SWEEP_LEASE = 'reminders';
const LEASE_MS = 5 * 60_000;
/** How far ahead of a deadline any rule may start (a task's own rules are capped to this). */
const HORIZON_DAYS = 60;

export interface SweepOptions {
  today: string;
  now: Date;
  /** This server's name in the lease. */
  holder: string;
  batchSize?: number;
  /** Tests: called inside each batch's transaction after the reminders are recorded. */
  onBatch?: () => void | Promise<void>;
}

interface Due {
  reminderId: string;
  assignmentId: string;
  unitId: string;
  title: string;
  dueOn: string;
  escalation: 'unit' | 'head' | 'focal';
}

const line = (d: Due, today: string) => {
  const left = daysLeft(d.dueOn, today);
  const when = left > 0 ? `còn ${left} ngày` : left === 0 ? 'đến hạn hôm nay' : `quá hạn ${-left} ngày`;
  return `- ${d.title} — hạn ${formatVnDate(d.dueOn)} (${when})`;
};

function unitNotice(items: Due[], today: string, head: boolean): Notice {
  const first = items[0]!;
  const overdue = items.some((d) => daysLeft(d.dueOn, today) < 0);
  if (items.length === 1) {
    const left = daysLeft(first.dueOn, today);
    const title =
      left > 0
        ? `Nhắc hạn: còn ${left} ngày — ${first.title}`
        : left === 0
          ? `Đến hạn hôm nay: ${first.title}`
          : `Quá hạn ${-left} ngày: ${first.title}`;
    return {
      kind: head ? 'escalation' : overdue ? 'overdue' : 'reminder',
      title: head ? `Báo cáo thủ trưởng — ${title}` : title,
      body: `Thời hạn: ${formatVnDate(first.dueOn)}.${head ? ' Đơn vị đã được nhắc nhiều lần nhưng chưa hoàn thành.' : ''}`,
      link: `/giao-viec/${first.assignmentId}`,
      subjectType: 'assignment',
      subjectId: first.assignmentId,
      key: `reminder${head ? '-head' : ''}:${first.reminderId}`,
    };
  }
  return {
    kind: head ? 'escalation' : 'digest',
    title: head
      ? `Báo cáo thủ trưởng: ${items.length} nhiệm vụ của đơn vị quá hạn, đã nhắc nhiều lần`
      : `Tổng hợp nhắc hạn: ${items.length} nhiệm vụ sắp đến hạn hoặc quá hạn`,
    body: items.map((d) => line(d, today)).join('\n'),
    link: '/giao-viec?xem=qua-han',
    key: `reminder${head ? '-head' : ''}:${first.reminderId}`,
  };
}

/**
 * Whole units into batches of about `size` open deadlines: a unit is never split, so each of its
 * people gets one notice per sweep however many deadlines the unit has.
 */
export function packUnits(units: { unitId: string; n: number }[], size: number) {
  const batches: string[][] = [];
  let current: string[] = [];
  let n = 0;
  for (const u of units) {
    if (current.length && n + u.n > size) {
      batches.push(current);
      current = [];
      n = 0;
    }
    current.push(u.unitId);
    n += u.n;
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Set-based: per batch of whole units, one statement reads the open deadlines with their task's
 * rules and overdue reminders so far, the rules pick today's reminder of each (pure, in memory),
 * then one transaction records them all (INSERT … SELECT … ON CONFLICT DO NOTHING on the UNIQUE
 * key) and writes the notices and e-mails of only those that were new, in a few statements.
 */
export async function runSweep(db: Db, opts: SweepOptions) {
  const { today, now, holder } = opts;
  const lease = await repo.tryLease(db, SWEEP_LEASE, holder, now, new Date(now.getTime() + LEASE_MS));
  if (!lease) return { ran: false as const, reason: 'leased' as const };
  const stats = { ran: true as const, recorded: 0, notices: 0, assignments: 0 };
  try {
    const cal = await calendarFor(db, addDays(today, -400), addDays(today, HORIZON_DAYS));
    if (!isWorkingDay(today, cal)) {
      await repo.finishLease(db, SWEEP_LEASE, holder, today);
      return stats;
    }
    const defaults = (await repo.getDefaults(db))?.rules ?? defaultReminderRules;
    const upTo = addDays(today, HORIZON_DAYS);
    // thousands of deadlines share a few hundred due dates and one set of rules: each (date,
    // rules) is worked out once (the working-day arithmetic dominated the sweep otherwise)
    const memo = new Map<string, ReturnType<typeof latestOccurrence>>();
    const occurrenceOf = (dueOn: string, rules: ReminderRules) => {
      const key = `${dueOn}|${rules === defaults ? '' : JSON.stringify(rules)}`;
      if (!memo.has(key)) memo.set(key, latestOccurrence(dueOn, today, rules, cal));
      return memo.get(key)!;
    };
    const batches = packUnits(await repo.openDueUnits(db, upTo), opts.batchSize ?? 10_000);
    for (const unitIds of batches) {
      const rows = await repo.openAssignmentsOfUnits(db, upTo, today, unitIds);
      stats.assignments += rows.length;
      const candidates: (repo.NewReminder & { title: string; dueOn: string })[] = [];
      for (const r of rows) {
        const rules: ReminderRules | null = r.overridden ? r.rules : defaults;
        if (!rules) continue; // turned off for this task
        const o = occurrenceOf(r.dueOn, rules);
        if (!o) continue;
        // the head is told once the unit has had `headAfter` overdue reminders for this deadline
        const escalation =
          o.overdueIndex > 0 && r.overdueSent >= rules.headAfter
            ? -daysLeft(r.dueOn, today) >= rules.focalAfterDays
              ? 'focal'
              : 'head'
            : 'unit';
        candidates.push({
          subjectType: 'assignment',
          subjectId: r.id,
          rule: o.rule,
          occurrence: r.dueOn,
          unitId: r.unitId,
          sentOn: today,
          escalation,
          title: r.title,
          dueOn: r.dueOn,
        });
      }
      if (!candidates.length) continue;
      await db.transaction(async (tx) => {
        const inserted = await repo.insertReminders(
          tx,
          candidates.map(({ title: _t, dueOn: _d, ...c }) => c),
        );
        await opts.onBatch?.();
        const byId = new Map(candidates.map((c) => [c.subjectId, c]));
        const due: Due[] = inserted.map((i) => {
          const c = byId.get(i.subjectId)!;
          return {
            reminderId: i.id,
            assignmentId: c.subjectId,
            unitId: c.unitId!,
            title: c.title,
            dueOn: c.dueOn,
            escalation: c.escalation!,
          };
        });
        stats.recorded += due.length;
        stats.notices += await tellAll(tx, due, today);
      });
    }
    await repo.finishLease(db, SWEEP_LEASE, holder, today);
    return stats;
  } catch (err) {
    // let another server take over at once rather than after the lease runs out
    await repo.finishLease(db, SWEEP_LEASE, holder, null).catch(() => undefined);
    throw err;
  }
}

/** The notices of the reminders just recorded: per unit its officers, its heads when escalated. */
async function tellAll(tx: Db, due: Due[], today: string) {
  if (!due.length) return 0;
  const byUnit = new Map<string, Due[]>();
  for (const d of due) {
    const list = byUnit.get(d.unitId);
    if (list) list.push(d);
    else byUnit.set(d.unitId, [d]);
  }
  const notices: Parameters<typeof notifyUnitRoles>[1] = [];
  for (const [unitId, items] of byUnit) {
    // soonest first: a digest reads from the most urgent down
    items.sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.title.localeCompare(y.title, 'vi'));
    notices.push({ unitId, roles: ['officer'], notice: unitNotice(items, today, false) });
    const late = items.filter((d) => d.escalation !== 'unit');
    if (late.length) notices.push({ unitId, roles: ['head'], notice: unitNotice(late, today, true) });
  }
  let n = await notifyUnitRoles(tx, notices);
  const focal = due.filter((d) => d.escalation === 'focal');
  if (focal.length) {
    const names = await repo.unitNames(tx, [...new Set(focal.map((d) => d.unitId))]);
    const people = (await repo.focalOfficers(tx)).map((p) => p.id);
    n += (
      await notify(tx, people, {
        kind: 'escalation',
        title: `Chậm lâu: ${focal.length} nhiệm vụ quá hạn dài ngày, đơn vị đã được nhắc nhiều lần`,
        body: focal.map((d) => `${line(d, today)} — ${names.get(d.unitId) ?? ''}`).join('\n'),
        link: focal.length === 1 ? `/giao-viec/${focal[0]!.assignmentId}` : '/giao-viec?xem=qua-han',
        key: `reminder-focal:${focal[0]!.reminderId}`,
      })
    ).length;
  }
  return n;
}

/** 07:30 in Vietnam (UTC+7): each person who chose the digest gets one e-mail for their unit. */
export async function queueDailyDigests(db: Db, today: string) {
  const people = await repo.digestPeople(db);
  let queued = 0;
  for (const p of people) {
    const items = await repo.unitOpenDue(db, p.unitId!, addDays(today, 7));
    if (!items.length) continue;
    const lines = items.map(
      (d) =>
        `- ${d.title} — hạn ${formatVnDate(d.dueOn!)} (${(() => {
          const left = daysLeft(d.dueOn!, today);
          return left > 0 ? `còn ${left} ngày` : left === 0 ? 'đến hạn hôm nay' : `quá hạn ${-left} ngày`;
        })()})`,
    );
    queued += (
      await queueMail(db, [
        {
          to: p.email!,
          userId: p.id,
          key: `digest:${p.id}:${today}`,
          subject: `Tổng hợp ngày ${formatVnDate(today)}: ${items.length} nhiệm vụ đến hạn hoặc quá hạn`,
          text: [
            `Kính gửi ${p.fullName},`,
            '',
            'Các nhiệm vụ của đơn vị đến hạn trong 7 ngày tới hoặc đã quá hạn:',
            ...lines,
          ].join('\n'),
          link: '/giao-viec',
        },
      ])
    ).length;
  }
  return queued;
}

/** Vietnam's wall-clock minutes of the day (UTC+7, no DST). */
export const vnMinutes = (now: Date) => (now.getUTCHours() * 60 + now.getUTCMinutes() + 7 * 60) % (24 * 60);
export const DAILY_AT_MIN = 7 * 60 + 30;

/** The daily round, if it is due (07:30 passed and not yet run today): sweep, then digests. */
export async function runDailyIfDue(db: Db, opts: SweepOptions) {
  if (vnMinutes(opts.now) < DAILY_AT_MIN) return null;
  const last = await repo.lastRun(db, SWEEP_LEASE);
  if (last && last >= opts.today) return null;
  const result = await runSweep(db, opts);
  if (result.ran) await queueDailyDigests(db, opts.today);
  return result;
}
