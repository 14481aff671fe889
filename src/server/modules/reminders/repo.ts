// SQL of reminders: rules, the scheduler's lease, the open deadlines, recording what was sent.
import { and, asc, count, eq, gt, inArray, isNotNull, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { ReminderRules } from '../../../shared/reminders.js';
import type { Db } from '../../db/client.js';
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

export async function taskOverrides(db: Db, taskIds: string[]) {
  if (!taskIds.length) return new Map<string, ReminderRules | null>();
  const rows = await db
    .select({ taskId: taskReminderRules.taskId, rules: taskReminderRules.rules })
    .from(taskReminderRules)
    .where(inArray(taskReminderRules.taskId, taskIds));
  return new Map(rows.map((r) => [r.taskId, r.rules]));
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

/** Open assignments with a deadline up to `upTo`, by id after `afterId` (keyset paging). */
export async function openAssignments(db: Db, upTo: string, afterId: string, limit: number) {
  return db
    .select({
      id: assignments.id,
      unitId: assignments.unitId,
      dueOn: assignments.dueOn,
      taskId: assignments.taskId,
      title: sql<string>`coalesce(${tasks.title}, ${commitments.title})`,
    })
    .from(assignments)
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(commitments, eq(commitments.id, assignments.commitmentId))
    .where(
      and(
        isNull(assignments.completedOn),
        isNotNull(assignments.dueOn),
        lte(assignments.dueOn, upTo),
        gt(assignments.id, afterId),
      ),
    )
    .orderBy(asc(assignments.id))
    .limit(limit);
}

export type NewReminder = typeof reminders.$inferInsert;

/** Records the reminders; those already recorded (same subject, rule, occurrence) are skipped. */
export async function insertReminders(db: Db, rows: NewReminder[]) {
  if (!rows.length) return [];
  return db
    .insert(reminders)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: reminders.id, subjectId: reminders.subjectId });
}

/** Active people of these units with these roles. */
export async function peopleOfUnits(db: Db, unitIds: string[], roles: ('officer' | 'head')[]) {
  if (!unitIds.length) return [];
  return db
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(and(inArray(users.unitId, unitIds), inArray(users.role, roles), eq(users.active, true)));
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

/** How many overdue reminders each assignment has had for its present deadline. */
export async function overdueCounts(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await db
    .select({ id: reminders.subjectId, occurrence: reminders.occurrence, n: count() })
    .from(reminders)
    .where(
      and(
        eq(reminders.subjectType, 'assignment'),
        inArray(reminders.subjectId, ids),
        like(reminders.rule, 'after:%'),
      ),
    )
    .groupBy(reminders.subjectId, reminders.occurrence);
  return new Map(rows.map((r) => [`${r.id}|${r.occurrence}`, r.n]));
}
