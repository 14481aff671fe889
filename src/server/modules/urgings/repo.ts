// SQL of urgings: a task's assignments with their units, recording a letter and its targets.
import { and, asc, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, tasks } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { urgings, urgingTargets } from '../../db/schema/urging.js';

export async function taskAssignments(db: Db, taskId: string) {
  return db
    .select({
      id: assignments.id,
      unitId: assignments.unitId,
      completedOn: assignments.completedOn,
      unitName: units.name,
      unitKind: units.kind,
    })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(assignments.taskId, taskId))
    .orderBy(asc(units.name));
}

export async function insertUrging(db: Db, v: typeof urgings.$inferInsert) {
  const [row] = await db.insert(urgings).values(v).returning();
  return row!;
}

export async function insertTargets(db: Db, rows: (typeof urgingTargets.$inferInsert)[]) {
  if (rows.length) await db.insert(urgingTargets).values(rows);
}

export async function findUrging(db: Db, id: string) {
  const [row] = await db.select().from(urgings).where(eq(urgings.id, id));
  return row;
}

export async function targetUnits(db: Db, urgingId: string) {
  return db
    .select({ unitId: urgingTargets.unitId })
    .from(urgingTargets)
    .where(eq(urgingTargets.urgingId, urgingId));
}

/** Urge count and last urged date of each assignment. */
export async function urgeStats(db: Db, assignmentIds: string[]) {
  if (!assignmentIds.length) return [];
  return db
    .select({
      assignmentId: urgingTargets.assignmentId,
      count: count(),
      lastUrgedOn: max(urgingTargets.urgedOn),
    })
    .from(urgingTargets)
    .where(inArray(urgingTargets.assignmentId, assignmentIds))
    .groupBy(urgingTargets.assignmentId);
}

/** The letters that named a unit (or every unit), newest first, with the task they urge. */
export async function receivedUrgings(
  db: Db,
  unitId: string | null,
  taskId: string | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(
    unitId ? eq(urgingTargets.unitId, unitId) : undefined,
    taskId ? eq(urgings.taskId, taskId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: urgings.id,
        taskId: urgings.taskId,
        taskTitle: tasks.title,
        assignmentId: urgingTargets.assignmentId,
        unitId: urgingTargets.unitId,
        unitName: units.name,
        urgedOn: urgingTargets.urgedOn,
        newDueOn: urgings.newDueOn,
        complied: urgings.complied,
        total: urgings.total,
        createdAt: urgings.createdAt,
      })
      .from(urgingTargets)
      .innerJoin(urgings, eq(urgings.id, urgingTargets.urgingId))
      .innerJoin(units, eq(units.id, urgingTargets.unitId))
      .leftJoin(tasks, eq(tasks.id, urgings.taskId))
      .where(where)
      .orderBy(desc(urgings.createdAt), asc(units.name), asc(urgingTargets.assignmentId))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(urgingTargets)
      .innerJoin(urgings, eq(urgings.id, urgingTargets.urgingId))
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
