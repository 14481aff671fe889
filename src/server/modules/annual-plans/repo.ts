// The only file of the annual-plans module that touches the database: plans, the programme's
// tasks as the plan reads them, and an issued plan's items.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { annualPlanItems, annualPlans } from '../../db/schema/annual-plans.js';
import { documents } from '../../db/schema/tracking.js';

export type PlanRow = typeof annualPlans.$inferSelect;
export type ItemRow = typeof annualPlanItems.$inferSelect;

/** A task as the plan shows it. */
export interface PlanTaskRow {
  id: string;
  documentId: string;
  documentNumber: string;
  documentIssuedOn: string | null;
  seq: number;
  title: string;
  leadUnitId: string | null;
  leadUnitCode: string | null;
  /** The task's lead, else the units leading it through assignments. */
  leadNames: string[];
  coordinatingNames: string[];
  personInCharge: string | null;
  dueOn: string | null;
  recurrence: string | null;
  responsibility: string | null;
  product: string | null;
  authority: string | null;
  missingClarity: string[];
  coordinatingUnitIds: string[];
  /** Every lead unit's product accepted by Sở Ngoại vụ. */
  finished: boolean;
  duplicateOfId: string | null;
}

const dateText = (v: unknown) =>
  v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

function taskSelect(where: ReturnType<typeof sql>) {
  return sql`
    select t.id, t.document_id, d.number as document_number, d.issued_on as document_issued_on, t.seq,
      t.title, t.lead_unit_id, lu.code as lead_code, lu.name as lead_name, t.person_in_charge, t.due_on,
      t.recurrence, t.responsibility, t.product, t.authority, t.missing_clarity, t.coordinating_unit_ids,
      t.duplicate_of_id,
      array(select u.name from units u where u.id = any(t.coordinating_unit_ids)
        or u.id in (select a.unit_id from assignments a where a.task_id = t.id and a.role = 'coordinator')
        order by u.name) as coordinating_names,
      array(select u.name from units u where u.id in
        (select a.unit_id from assignments a where a.task_id = t.id and a.role = 'lead') order by u.name)
        as assigned_leads,
      (select count(*) from assignments a where a.task_id = t.id and a.role = 'lead')::int as leads,
      (select count(*) from assignments a where a.task_id = t.id and a.role = 'lead'
        and a.workflow = 'accepted')::int as accepted
    from tasks t
    join documents d on d.id = t.document_id
    left join units lu on lu.id = t.lead_unit_id
    where ${where}
    order by d.issued_on nulls last, d.number, t.seq, t.created_at`;
}

function toTaskRow(r: Record<string, unknown>): PlanTaskRow {
  const leadName = r.lead_name as string | null;
  const assigned = r.assigned_leads as string[];
  return {
    id: r.id as string,
    documentId: r.document_id as string,
    documentNumber: r.document_number as string,
    documentIssuedOn: dateText(r.document_issued_on),
    seq: Number(r.seq),
    title: r.title as string,
    leadUnitId: (r.lead_unit_id as string | null) ?? null,
    leadUnitCode: (r.lead_code as string | null) ?? null,
    leadNames: leadName ? [leadName] : assigned,
    coordinatingNames: (r.coordinating_names as string[]).filter((n) => n !== leadName),
    personInCharge: (r.person_in_charge as string | null) ?? null,
    dueOn: dateText(r.due_on),
    recurrence: (r.recurrence as string | null) ?? null,
    responsibility: (r.responsibility as string | null) ?? null,
    product: (r.product as string | null) ?? null,
    authority: (r.authority as string | null) ?? null,
    missingClarity: r.missing_clarity as string[],
    coordinatingUnitIds: r.coordinating_unit_ids as string[],
    finished: Number(r.leads) > 0 && Number(r.accepted) === Number(r.leads),
    duplicateOfId: (r.duplicate_of_id as string | null) ?? null,
  };
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The programme's tasks: of these documents and every document implementing them, down the
 * chain; without those the overlap review linked to a main task, and without the tasks of
 * issued annual plans (they restate the programme's own).
 */
export async function programmeTasks(db: Db, documentIds: string[]): Promise<PlanTaskRow[]> {
  const res = await db.execute(
    taskSelect(sql`t.document_id in (with recursive prog(id) as (
        select unnest(array[${uuidList(documentIds)}])
        union
        select l.from_id from document_links l join prog p on l.to_id = p.id where l.kind = 'implements'
      ) select id from prog)
      and t.duplicate_of_id is null
      and t.id not in (select i.task_id from annual_plan_items i)`),
  );
  return rowsOf<Record<string, unknown>>(res).map(toTaskRow);
}

export async function tasksByIds(db: Db, ids: string[]): Promise<PlanTaskRow[]> {
  if (!ids.length) return [];
  const res = await db.execute(taskSelect(sql`t.id in (${uuidList(ids)})`));
  return rowsOf<Record<string, unknown>>(res).map(toTaskRow);
}

export async function documentsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select().from(documents).where(inArray(documents.id, ids));
}

export async function insertPlan(db: Db, v: typeof annualPlans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(annualPlans).values(v).returning();
  return row!;
}

export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(annualPlans).where(eq(annualPlans.id, id));
  return row;
}

export async function lockPlan(tx: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await tx.select().from(annualPlans).where(eq(annualPlans.id, id)).for('update');
  return row;
}

export async function listPlans(db: Db): Promise<PlanRow[]> {
  return db.select().from(annualPlans).orderBy(desc(annualPlans.year), desc(annualPlans.createdAt));
}

export async function updatePlan(tx: Db, id: string, v: Partial<typeof annualPlans.$inferInsert>) {
  const [row] = await tx
    .update(annualPlans)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(annualPlans.id, id))
    .returning();
  return row!;
}

export async function insertItems(tx: Db, items: (typeof annualPlanItems.$inferInsert)[]) {
  if (items.length) await tx.insert(annualPlanItems).values(items);
}

export async function itemsOf(db: Db, planId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(annualPlanItems)
    .where(and(eq(annualPlanItems.planId, planId)));
}
