// Commitment rows, their assignment rows (lead and coordinating units) and the priority order.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { normalizeVi } from '../../../shared/vn-text.js';
import type { Db } from '../../db/client.js';
import { activities, commitments } from '../../db/schema/commitments.js';
import { assignments } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { searchText } from '../../lib/search.js';

export type CommitmentRow = typeof commitments.$inferSelect;
export type NewCommitment = Omit<typeof commitments.$inferInsert, 'id' | 'search' | 'partnerKey'>;
export type AssignmentRow = typeof assignments.$inferSelect;

const derived = (v: {
  title: string;
  partner: string;
  country: string;
  content: string;
  signatories: string;
}) => ({
  search: searchText(v.title, v.partner, v.country, v.signatories, v.content.slice(0, 2000)),
  partnerKey: normalizeVi(v.partner),
});

export async function insertCommitment(db: Db, values: NewCommitment): Promise<CommitmentRow> {
  const full = { content: '', signatories: '', partner: '', country: '', ...values };
  const [row] = await db
    .insert(commitments)
    .values({ ...full, ...derived(full) })
    .returning();
  return row!;
}

export async function updateCommitment(
  db: Db,
  current: CommitmentRow,
  patch: Partial<NewCommitment>,
): Promise<CommitmentRow> {
  const next = { ...current, ...patch };
  const [row] = await db
    .update(commitments)
    .set({ ...patch, ...derived(next), updatedAt: new Date() })
    .where(eq(commitments.id, current.id))
    .returning();
  return row!;
}

export async function findCommitment(db: Db, id: string): Promise<CommitmentRow | undefined> {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
  return row;
}

export async function deleteCommitment(db: Db, id: string): Promise<void> {
  await db.delete(commitments).where(eq(commitments.id, id));
}

export async function findActivityTitle(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ title: activities.title }).from(activities).where(eq(activities.id, id));
  return row?.title;
}

export async function activeUnitIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, ids), eq(units.active, true)));
  return new Set(rows.map((r) => r.id));
}

// ---- assignments of a commitment ------------------------------------------------------------

export async function commitmentAssignments(db: Db, commitmentId: string): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(assignments)
    .where(eq(assignments.commitmentId, commitmentId))
    .orderBy(desc(eq(assignments.role, 'lead')), asc(assignments.createdAt));
}

/** The unit's role on the commitment, or null when it has none. */
export async function unitRole(
  db: Db,
  commitmentId: string,
  unitId: string,
): Promise<'lead' | 'coordinator' | null> {
  const [row] = await db
    .select({ role: assignments.role })
    .from(assignments)
    .where(and(eq(assignments.commitmentId, commitmentId), eq(assignments.unitId, unitId)));
  return row?.role ?? null;
}

export async function insertAssignment(
  db: Db,
  values: { commitmentId: string; unitId: string; role: 'lead' | 'coordinator' },
): Promise<AssignmentRow> {
  const [row] = await db.insert(assignments).values(values).returning();
  return row!;
}

export async function updateAssignment(
  db: Db,
  id: string,
  patch: Partial<Pick<AssignmentRow, 'role' | 'dueOn' | 'progress' | 'completedOn'>>,
): Promise<AssignmentRow> {
  const [row] = await db
    .update(assignments)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(assignments.id, id))
    .returning();
  return row!;
}

export async function deleteAssignment(db: Db, id: string): Promise<void> {
  await db.delete(assignments).where(eq(assignments.id, id));
}

// ---- priority order -------------------------------------------------------------------------

export async function priorityOrder(db: Db): Promise<{ id: string; priority: number | null }[]> {
  return db
    .select({ id: commitments.id, priority: commitments.priority })
    .from(commitments)
    .orderBy(sql`${commitments.priority} asc nulls last`, desc(commitments.signedOn), asc(commitments.id));
}

/** Renumbers 1..n in one statement. */
export async function setPriorities(db: Db, orderedIds: string[]): Promise<void> {
  if (!orderedIds.length) return;
  const values: SQL[] = orderedIds.map((id, i) => sql`(${id}::uuid, ${i + 1}::int)`);
  await db.execute(sql`update commitments set priority = v.p, updated_at = now()
    from (values ${sql.join(values, sql`, `)}) as v(id, p)
    where commitments.id = v.id and commitments.priority is distinct from v.p`);
}
