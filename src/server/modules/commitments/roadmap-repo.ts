// Reviews, roadmap milestones and resources of a commitment, and what its timeline reads.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/audit.js';
import { commitmentResources, commitmentReviews, milestones } from '../../db/schema/commitments.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';

export type ReviewRow = typeof commitmentReviews.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type ResourceRow = typeof commitmentResources.$inferSelect;

export type ReviewWithNames = ReviewRow & { reviewerName: string | null; unitName: string | null };
export type MilestoneWithUnit = MilestoneRow & { unitName: string | null };
export type ResourceWithUnit = ResourceRow & { unitName: string | null };

// ---- reviews --------------------------------------------------------------------------------

export async function insertReview(
  db: Db,
  values: typeof commitmentReviews.$inferInsert,
): Promise<ReviewRow> {
  const [row] = await db.insert(commitmentReviews).values(values).returning();
  return row!;
}

/** Latest first: the first one drives the register. */
export async function listReviews(db: Db, commitmentId: string): Promise<ReviewWithNames[]> {
  const rows = await db
    .select({ r: commitmentReviews, reviewerName: users.fullName, unitName: units.name })
    .from(commitmentReviews)
    .leftJoin(users, eq(users.id, commitmentReviews.reviewerId))
    .leftJoin(units, eq(units.id, commitmentReviews.unitId))
    .where(eq(commitmentReviews.commitmentId, commitmentId))
    .orderBy(desc(commitmentReviews.reviewedOn), desc(commitmentReviews.createdAt));
  return rows.map(({ r, reviewerName, unitName }) => ({ ...r, reviewerName, unitName }));
}

// ---- milestones -----------------------------------------------------------------------------

export async function listMilestones(db: Db, commitmentId: string): Promise<MilestoneWithUnit[]> {
  const rows = await db
    .select({ m: milestones, unitName: units.name })
    .from(milestones)
    .leftJoin(units, eq(units.id, milestones.unitId))
    .where(eq(milestones.commitmentId, commitmentId))
    .orderBy(asc(milestones.seq), asc(milestones.dueOn), asc(milestones.createdAt));
  return rows.map(({ m, unitName }) => ({ ...m, unitName }));
}

export async function findMilestone(
  db: Db,
  commitmentId: string,
  id: string,
): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.commitmentId, commitmentId)));
  return row;
}

export async function insertMilestone(db: Db, values: typeof milestones.$inferInsert): Promise<MilestoneRow> {
  const [row] = await db.insert(milestones).values(values).returning();
  return row!;
}

export async function updateMilestone(
  db: Db,
  id: string,
  patch: Partial<typeof milestones.$inferInsert>,
): Promise<MilestoneRow> {
  const [row] = await db
    .update(milestones)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(milestones.id, id))
    .returning();
  return row!;
}

export async function deleteMilestone(db: Db, id: string): Promise<void> {
  await db.delete(milestones).where(eq(milestones.id, id));
}

// ---- resources ------------------------------------------------------------------------------

export async function listResources(db: Db, commitmentId: string): Promise<ResourceWithUnit[]> {
  const rows = await db
    .select({ r: commitmentResources, unitName: units.name })
    .from(commitmentResources)
    .leftJoin(units, eq(units.id, commitmentResources.unitId))
    .where(eq(commitmentResources.commitmentId, commitmentId))
    .orderBy(asc(commitmentResources.createdAt));
  return rows.map(({ r, unitName }) => ({ ...r, unitName }));
}

export async function findResource(
  db: Db,
  commitmentId: string,
  id: string,
): Promise<ResourceRow | undefined> {
  const [row] = await db
    .select()
    .from(commitmentResources)
    .where(and(eq(commitmentResources.id, id), eq(commitmentResources.commitmentId, commitmentId)));
  return row;
}

export async function insertResource(
  db: Db,
  values: typeof commitmentResources.$inferInsert,
): Promise<ResourceRow> {
  const [row] = await db.insert(commitmentResources).values(values).returning();
  return row!;
}

export async function updateResource(
  db: Db,
  id: string,
  patch: Partial<typeof commitmentResources.$inferInsert>,
): Promise<ResourceRow> {
  const [row] = await db
    .update(commitmentResources)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(commitmentResources.id, id))
    .returning();
  return row!;
}

export async function deleteResource(db: Db, id: string): Promise<void> {
  await db.delete(commitmentResources).where(eq(commitmentResources.id, id));
}

// ---- history --------------------------------------------------------------------------------

/** The commitment's audit entries (its milestones, reviews and resources are logged under it). */
export async function auditOf(db: Db, commitmentId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'commitment'), eq(auditLog.entityId, commitmentId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

/** Resources of many commitments at once (the Excel export). */
export async function resourcesOfCommitments(db: Db, ids: string[]): Promise<ResourceWithUnit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ r: commitmentResources, unitName: units.name })
    .from(commitmentResources)
    .leftJoin(units, eq(units.id, commitmentResources.unitId))
    .where(inArray(commitmentResources.commitmentId, ids))
    .orderBy(asc(commitmentResources.commitmentId), asc(commitmentResources.createdAt));
  return rows.map(({ r, unitName }) => ({ ...r, unitName }));
}
