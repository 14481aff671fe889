// The only file of the overlaps module that touches the database: the tasks the review reads,
// the pairs already settled, and the decisions.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { overlapDecisions, overlapPairs } from '../../db/schema/overlaps.js';
import { tasks } from '../../db/schema/tracking.js';
import { users } from '../../db/schema/users.js';

export type DecisionRow = typeof overlapDecisions.$inferSelect;

/** One task as the review reads it and the page shows it. */
export interface ReviewTaskRow {
  id: string;
  title: string;
  documentId: string;
  documentNumber: string;
  documentIssuedOn: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  dueOn: string | null;
  recurrence: string | null;
  duplicateOfId: string | null;
  /** Units leading it: the task's lead and lead assignments. */
  leadUnitIds: string[];
  /** Every unit on it: lead, coordinating, assigned. */
  unitIds: string[];
  /** The latest deadline among its assignments (recurring tasks). */
  lastDueOn: string | null;
  /** Every lead unit is a commune or ward. */
  territorial: boolean;
}

function reviewTasksSql(where: ReturnType<typeof sql>) {
  return sql`
    with agg as (
      select a.task_id,
        array_agg(distinct a.unit_id) filter (where a.role = 'lead') as leads,
        array_agg(distinct a.unit_id) as units,
        max(a.due_on) as last_due
      from assignments a where a.task_id is not null group by a.task_id
    )
    select t.id, t.title, t.document_id, d.number as document_number, d.issued_on as document_issued_on,
      t.lead_unit_id, lu.name as lead_unit_name, t.due_on, t.recurrence, t.duplicate_of_id,
      coalesce(agg.leads, '{}') as leads, coalesce(agg.units, '{}') as units,
      t.coordinating_unit_ids, agg.last_due,
      (select coalesce(bool_and(u.kind in ('xa', 'phuong')), false) from units u
        where u.id = t.lead_unit_id or u.id = any(agg.leads)) as territorial
    from tasks t
    join documents d on d.id = t.document_id
    left join units lu on lu.id = t.lead_unit_id
    left join agg on agg.task_id = t.id
    where ${where}`;
}

const dateText = (v: unknown) =>
  v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

function toReviewRow(r: Record<string, unknown>): ReviewTaskRow {
  const lead = r.lead_unit_id as string | null;
  const leads = new Set<string>(r.leads as string[]);
  if (lead) leads.add(lead);
  const all = new Set<string>([...leads, ...(r.units as string[]), ...(r.coordinating_unit_ids as string[])]);
  return {
    id: r.id as string,
    title: r.title as string,
    documentId: r.document_id as string,
    documentNumber: r.document_number as string,
    documentIssuedOn: dateText(r.document_issued_on),
    leadUnitId: lead,
    leadUnitName: (r.lead_unit_name as string | null) ?? null,
    dueOn: dateText(r.due_on),
    recurrence: (r.recurrence as string | null) ?? null,
    duplicateOfId: (r.duplicate_of_id as string | null) ?? null,
    leadUnitIds: [...leads],
    unitIds: [...all],
    lastDueOn: dateText(r.last_due),
    territorial: r.territorial === true,
  };
}

/** Every task still counted on its own (not linked to a main task as its duplicate). */
export async function reviewTasks(db: Db): Promise<ReviewTaskRow[]> {
  const res = await db.execute(reviewTasksSql(sql`t.duplicate_of_id is null`));
  return rowsOf<Record<string, unknown>>(res).map(toReviewRow);
}

export async function tasksByIds(db: Db, ids: string[]): Promise<ReviewTaskRow[]> {
  if (!ids.length) return [];
  const res = await db.execute(
    reviewTasksSql(
      sql`t.id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    ),
  );
  return rowsOf<Record<string, unknown>>(res).map(toReviewRow);
}

export async function settledPairs(db: Db): Promise<{ taskA: string; taskB: string }[]> {
  return db.select({ taskA: overlapPairs.taskA, taskB: overlapPairs.taskB }).from(overlapPairs);
}

/** Decisions are taken one at a time: the review a decision checks is the one it changes. */
export async function lockReview(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('doingoai.overlap_review'))`);
}

export type DecisionView = DecisionRow & { decidedByName: string | null };

export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(overlapDecisions).where(eq(overlapDecisions.id, id));
  return row;
}

export async function listDecisions(db: Db): Promise<DecisionView[]> {
  const rows = await db
    .select({ d: overlapDecisions, decidedByName: users.fullName })
    .from(overlapDecisions)
    .leftJoin(users, eq(users.id, overlapDecisions.decidedBy))
    .orderBy(desc(overlapDecisions.decidedAt), overlapDecisions.id);
  return rows.map((r) => ({ ...r.d, decidedByName: r.decidedByName }));
}

export async function insertDecision(
  tx: Db,
  values: typeof overlapDecisions.$inferInsert,
  pairs: [string, string][],
): Promise<DecisionRow> {
  const [row] = await tx.insert(overlapDecisions).values(values).returning();
  if (pairs.length)
    await tx
      .insert(overlapPairs)
      .values(pairs.map(([taskA, taskB]) => ({ taskA, taskB, decisionId: row!.id })));
  return row!;
}

export async function findTasks(tx: Db, ids: string[]) {
  return tx.select().from(tasks).where(inArray(tasks.id, ids));
}

/** Links the duplicates to the main task; returns them as they are now. */
export async function linkDuplicates(tx: Db, mainId: string, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .update(tasks)
    .set({ duplicateOfId: mainId, updatedAt: new Date() })
    .where(inArray(tasks.id, ids))
    .returning();
}

export async function unitsInfo(db: Db): Promise<Map<string, { name: string; kind: string }>> {
  const res = await db.execute(sql`select id, name, kind from units`);
  return new Map(
    rowsOf<{ id: string; name: string; kind: string }>(res).map((u) => [
      u.id,
      { name: u.name, kind: u.kind },
    ]),
  );
}

/** Unlinks the tasks of a withdrawn duplicate decision from its main task; returns them as they are now. */
export async function unlinkDuplicates(tx: Db, mainId: string, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .update(tasks)
    .set({ duplicateOfId: null, updatedAt: new Date() })
    .where(and(inArray(tasks.id, ids), eq(tasks.duplicateOfId, mainId)))
    .returning();
}

/** Removes a decision and its pairs, so the review may propose the group again. */
export async function deleteDecision(tx: Db, id: string): Promise<void> {
  await tx.delete(overlapPairs).where(eq(overlapPairs.decisionId, id));
  await tx.delete(overlapDecisions).where(eq(overlapDecisions.id, id));
}
