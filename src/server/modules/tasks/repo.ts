// The only file of the tasks module that touches the database.
import { and, asc, count, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { documents, tasks } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { searchCondition, searchText } from '../../lib/search.js';
import type { ListTasksQuery } from './schema.js';

export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = Omit<typeof tasks.$inferInsert, 'id' | 'search' | 'createdAt' | 'updatedAt'>;
export type TaskListRow = TaskRow & {
  documentNumber: string;
  leadUnitName: string | null;
  coordinatingUnitNames: string[];
  assignmentCount: number;
  submittedCount: number;
  acceptedCount: number;
  overdueCount: number;
};

const taskSearch = (
  t: Pick<NewTask, 'title' | 'personInCharge' | 'product' | 'authority' | 'responsibility'>,
) => searchText(t.title, t.personInCharge, t.product, t.authority, t.responsibility);

/** Tasks a unit sees: those it leads, coordinates, or has been assigned. */
export function taskOfUnit(unitId: string): SQL {
  return sql`(${tasks.leadUnitId} = ${unitId} or ${unitId}::uuid = any(${tasks.coordinatingUnitIds})
    or exists(select 1 from assignments a where a.task_id = ${tasks.id} and a.unit_id = ${unitId}))`;
}

function listWhere(scope: string | null, q: Partial<ListTasksQuery>): SQL | undefined {
  return and(
    scope ? taskOfUnit(scope) : undefined,
    q.unitId ? taskOfUnit(q.unitId) : undefined,
    searchCondition(tasks.search, q.q),
    q.documentId ? eq(tasks.documentId, q.documentId) : undefined,
    q.leadUnitId ? eq(tasks.leadUnitId, q.leadUnitId) : undefined,
    q.incomplete === 'true' ? sql`cardinality(${tasks.missingClarity}) > 0` : undefined,
    q.incomplete === 'false' ? sql`cardinality(${tasks.missingClarity}) = 0` : undefined,
    q.missing ? sql`${q.missing} = any(${tasks.missingClarity})` : undefined,
  );
}

const SORTS = {
  seq: [asc(documents.issuedOn), asc(tasks.documentId), asc(tasks.seq), asc(tasks.createdAt)],
  dueOn: [sql`${tasks.dueOn} asc nulls last`, asc(tasks.seq)],
  '-dueOn': [sql`${tasks.dueOn} desc nulls last`, asc(tasks.seq)],
  createdAt: [asc(tasks.createdAt)],
  '-createdAt': [desc(tasks.createdAt)],
  title: [asc(tasks.title)],
} as const;

/** One row per task with its document, unit names and assignment counts: one query, no N+1. */
function selectList(db: Db, today: string) {
  return db
    .select({
      ...getTableColumns(tasks),
      documentNumber: documents.number,
      leadUnitName: units.name,
      coordinatingUnitNames: sql<string[]>`array(select u.name from units u
        where u.id = any(${tasks.coordinatingUnitIds}) order by u.sort_key collate "C")`,
      assignmentCount: sql<number>`coalesce(ac.total, 0)::int`,
      submittedCount: sql<number>`coalesce(ac.submitted, 0)::int`,
      acceptedCount: sql<number>`coalesce(ac.accepted, 0)::int`,
      overdueCount: sql<number>`coalesce(ac.overdue, 0)::int`,
    })
    .from(tasks)
    .innerJoin(documents, eq(documents.id, tasks.documentId))
    .leftJoin(units, eq(units.id, tasks.leadUnitId))
    .leftJoin(
      sql`lateral (select count(*) as total,
          count(*) filter (where a.workflow in ('submitted', 'confirmed', 'accepted')) as submitted,
          count(*) filter (where a.workflow = 'accepted') as accepted,
          count(*) filter (where a.workflow in ('open', 'returned') and a.due_on < ${today}::date) as overdue
        from assignments a where a.task_id = ${tasks.id}) ac`,
      sql`true`,
    );
}

export async function listTasks(
  db: Db,
  scope: string | null,
  q: ListTasksQuery,
  today: string,
): Promise<{ rows: TaskListRow[]; total: number }> {
  const where = listWhere(scope, q);
  const [rows, [totalRow]] = await Promise.all([
    selectList(db, today)
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { rows: rows as TaskListRow[], total: totalRow?.n ?? 0 };
}

export async function allTasks(db: Db, scope: string | null, q: Partial<ListTasksQuery>, today: string) {
  return (await selectList(db, today)
    .where(listWhere(scope, q))
    .orderBy(...SORTS[q.sort ?? 'seq'])
    .limit(10_000)) as TaskListRow[];
}

export async function findTaskListRow(db: Db, id: string, today: string): Promise<TaskListRow | undefined> {
  const [row] = await selectList(db, today).where(eq(tasks.id, id));
  return row as TaskListRow | undefined;
}

export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}

/** True when the unit leads, coordinates or is assigned the task. */
export async function taskVisibleToUnit(db: Db, id: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, id), taskOfUnit(unitId)));
  return Boolean(row);
}

export async function nextSeq(db: Db, documentId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${tasks.seq}), 0)::int` })
    .from(tasks)
    .where(eq(tasks.documentId, documentId));
  return (row?.n ?? 0) + 1;
}

export async function insertTask(db: Db, v: NewTask): Promise<TaskRow> {
  const [row] = await db
    .insert(tasks)
    .values({ ...v, search: taskSearch(v) })
    .returning();
  return row!;
}

export async function updateTask(db: Db, id: string, next: NewTask): Promise<TaskRow> {
  const [row] = await db
    .update(tasks)
    .set({ ...next, search: taskSearch(next), updatedAt: new Date() })
    .where(eq(tasks.id, id))
    .returning();
  return row!;
}

export async function setMissingClarity(db: Db, id: string, missing: string[]): Promise<void> {
  await db.update(tasks).set({ missingClarity: missing }).where(eq(tasks.id, id));
}

export async function hasLeadAssignment(db: Db, id: string): Promise<boolean> {
  const res = await db.execute(
    sql`select exists(select 1 from assignments where task_id = ${id} and role = 'lead') as found`,
  );
  return Boolean(rowsOf<{ found: boolean }>(res)[0]?.found);
}

export async function countAssignments(db: Db, id: string): Promise<number> {
  const res = await db.execute(sql`select count(*)::int as n from assignments where task_id = ${id}`);
  return Number(rowsOf<{ n: number }>(res)[0]?.n ?? 0);
}

export async function deleteTask(db: Db, id: string): Promise<void> {
  await db.delete(tasks).where(eq(tasks.id, id));
}

export async function activeUnitsByIds(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: units.id, name: units.name, active: units.active })
    .from(units)
    .where(inArray(units.id, ids));
}
