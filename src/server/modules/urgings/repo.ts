// SQL of urgings: a task's assignments with their units, recording a letter and its targets.
import { asc, count, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments } from '../../db/schema/tracking.js';
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
