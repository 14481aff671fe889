// SQL of reminders: rules, the scheduler's lease, the open deadlines, recording what was sent.
import { and, asc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { ReminderRules } from '../../../shared/reminders.js';
import { type Db, rowsOf } from '../../db/client.js';
import { commitments } from '../../db/schema/commitments.js';
import {
  reminderSettings,
  reminders,
  schedulerLeases,
  taskReminderRules,
} from '../../db/schema/reminders.js';
import { assignments, tasks } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';

export async function getDefaults(db: Db) {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.id, 'default'));
  return row;
}

export async function setDefaults(db: Db, rules: ReminderRules, userId: string) {
  await db
    .insert(reminderSettings)
    .values({ id: 'default', rules, updatedBy: userId })
    .onConflictDoUpdate({
      target: reminderSettings.id,
      set: { rules, updatedBy: userId, updatedAt: new Date() },
    });
}

export async function getTaskRules(db: Db, taskId: string) {
  const [row] = await db.select().from(taskReminderRules).where(eq(taskReminderRules.taskId, taskId));
  return row;
}

export async function setTaskRules(db: Db, taskId: string, rules: ReminderRules | null, userId: string) {
  await db
    .insert(taskReminderRules)
    .values({ taskId, rules, updatedBy: userId })
    .onConflictDoUpdate({
      target: taskReminderRules.taskId,
      set: { rules, updatedBy: userId, updatedAt: new Date() },
    });
}

export async function clearTaskRules(db: Db, taskId: string) {
  await db.delete(taskReminderRules).where(eq(taskReminderRules.taskId, taskId));
}

/** Takes the named lease until `until` if it is free, expired or already ours; returns its row. */
export async function tryLease(db: Db, name: string, holder: string, now: Date, until: Date) {
  await db.insert(schedulerLeases).values({ name }).onConflictDoNothing();
  const [row] = await db
    .update(schedulerLeases)
    .set({ holder, until })
    .where(
      and(
        eq(schedulerLeases.name, name),
        or(
          isNull(schedulerLeases.until),
          lte(schedulerLeases.until, now),
          eq(schedulerLeases.holder, holder),
        ),
      ),
    )
    .returning();
  return row;
}

export async function finishLease(db: Db, name: string, holder: string, lastRunOn: string | null) {
  await db
    .update(schedulerLeases)
    .set({ holder: null, until: null, ...(lastRunOn ? { lastRunOn } : {}) })
    .where(and(eq(schedulerLeases.name, name), eq(schedulerLeases.holder, holder)));
}

export async function lastRun(db: Db, name: string) {
  const [row] = await db.select().from(schedulerLeases).where(eq(schedulerLeases.name, name));
  return row?.lastRunOn ?? null;
}

/** The units with open deadlines up to `upTo`, and how many each has (the sweep packs its batches). */
export async function openDueUnits(db: Db, upTo: string) {
  const rows = await db
    .select({ unitId: assignments.unitId, n: sql<number>`count(*)::int` })
    .from(assignments)
    .where(and(isNull(assignments.completedOn), isNotNull(assignments.dueOn), lte(assignments.dueOn, upTo)))
    .groupBy(assignments.unitId)
    .orderBy(asc(assignments.unitId));
  return rows.map((r) => ({ unitId: r.unitId, n: Number(r.n) }));
}

/**
 * The open assignments of these units with a deadline up to `upTo`, each with its task's own
 * rules (`overridden`: the task has a row, `rules` null = off) and, when already overdue, how
 * many overdue reminders it has had for its present deadline: one statement for a whole batch.
 */
export async function openAssignmentsOfUnits(db: Db, upTo: string, today: string, unitIds: string[]) {
  if (!unitIds.length) return [];
  const rows = await db
    .select({
      id: assignments.id,
      unitId: assignments.unitId,
      dueOn: sql<string>`${assignments.dueOn}::text`,
      taskId: assignments.taskId,
      title: sql<string>`coalesce(${tasks.title}, ${commitments.title}, '')`,
      overridden: sql<boolean>`(${taskReminderRules.taskId} is not null)`,
      rules: taskReminderRules.rules,
      overdueSent: sql<number>`case when ${assignments.dueOn} < ${today}::date then (
        select count(*)::int from ${reminders}
        where ${reminders.subjectType} = 'assignment' and ${reminders.subjectId} = ${assignments.id}
          and ${reminders.occurrence} = ${assignments.dueOn} and ${reminders.rule} like 'after:%'
      ) else 0 end`,
    })
    .from(assignments)
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(commitments, eq(commitments.id, assignments.commitmentId))
    .leftJoin(taskReminderRules, eq(taskReminderRules.taskId, assignments.taskId))
    .where(
      and(
        inArray(assignments.unitId, unitIds),
        isNull(assignments.completedOn),
        isNotNull(assignments.dueOn),
        lte(assignments.dueOn, upTo),
      ),
    );
  return rows.map((r) => ({ ...r, overdueSent: Number(r.overdueSent) }));
}

export type NewReminder = typeof reminders.$inferInsert;

/**
 * Records the reminders in one statement (INSERT … SELECT from one JSON parameter, whatever the
 * batch's size); those already recorded (same subject, rule, occurrence) are skipped.
 */
export async function insertReminders(db: Db, rows: NewReminder[]) {
  if (!rows.length) return [];
  const json = JSON.stringify(
    rows.map((r) => ({
      subject_type: r.subjectType,
      subject_id: r.subjectId,
      rule: r.rule,
      occurrence: r.occurrence,
      unit_id: r.unitId ?? null,
      sent_on: r.sentOn,
      escalation: r.escalation ?? 'unit',
    })),
  );
  const res = await db.execute(sql`
    insert into ${reminders} (subject_type, subject_id, rule, occurrence, unit_id, sent_on, escalation)
    select x.subject_type, x.subject_id, x.rule, x.occurrence, x.unit_id, x.sent_on, x.escalation
    from jsonb_to_recordset(${json}::jsonb) as x(subject_type text, subject_id uuid, rule text,
      occurrence date, unit_id uuid, sent_on date, escalation text)
    on conflict do nothing
    returning id, subject_id as "subjectId"`);
  return rowsOf<{ id: string; subjectId: string }>(res);
}

export async function focalOfficers(db: Db) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'focal'), eq(users.active, true)));
}

export async function unitNames(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** People who chose the daily digest, with an address and a unit. */
export async function digestPeople(db: Db) {
  return db
    .select({ id: users.id, unitId: users.unitId, email: users.email, fullName: users.fullName })
    .from(users)
    .where(
      and(
        eq(users.emailPref, 'digest'),
        eq(users.active, true),
        isNotNull(users.email),
        isNotNull(users.unitId),
      ),
    );
}

/** A unit's open assignments due up to `upTo` (overdue ones included), soonest first. */
export async function unitOpenDue(db: Db, unitId: string, upTo: string) {
  return db
    .select({
      id: assignments.id,
      dueOn: assignments.dueOn,
      title: sql<string>`coalesce(${tasks.title}, ${commitments.title})`,
    })
    .from(assignments)
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(commitments, eq(commitments.id, assignments.commitmentId))
    .where(
      and(
        eq(assignments.unitId, unitId),
        isNull(assignments.completedOn),
        isNotNull(assignments.dueOn),
        lte(assignments.dueOn, upTo),
      ),
    )
    .orderBy(asc(assignments.dueOn))
    .limit(200);
}
