// The only file of the assignments module that touches the database.
import dayjs from 'dayjs';
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import { type AssignmentStatus, assignmentStatuses } from '../../../shared/status.js';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import type { Db } from '../../db/client.js';
import { executeNamed } from '../../db/prepared.js';
import { commitments } from '../../db/schema/commitments.js';
import { files } from '../../db/schema/files.js';
import { assignmentEvents, assignments, documents, tasks } from '../../db/schema/tracking.js';
import { unitNameOrder, units } from '../../db/schema/units.js';
import { urgingTargets } from '../../db/schema/urging.js';
import { users } from '../../db/schema/users.js';
import { searchAnyCondition } from '../../lib/search.js';
import { programmeDocuments } from '../dashboard/repo.js';
import type { AssignmentFilters, ListAssignmentsQuery, StatusCounts } from './schema.js';
import {
  assignmentStatusSql,
  doneSql,
  overdueCondition,
  periodLabelSql,
  statusCondition,
  workingSql,
} from './status-sql.js';

const groupKinds = (g: string) =>
  sql`(${sql.join(
    unitGroups[g as UnitGroupCode].kinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;

export type AssignmentRow = typeof assignments.$inferSelect;
export type NewAssignment = typeof assignments.$inferInsert;
/** A list row: the assignment with its names; timestamps are ISO text when read by the list. */
export type AssignmentListRow = Omit<AssignmentRow, 'submittedAt' | 'createdAt' | 'updatedAt'> & {
  submittedAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  title: string;
  documentId: string | null;
  documentNumber: string | null;
  unitName: string;
  unitCode: string;
  productFileName: string | null;
  /** How many urging letters named this assignment, and the day of the last one. */
  urgeCount: number;
  lastUrgedOn: string | null;
};

export const DUE_SOON_DAYS = 14;
const plusDays = (today: string, n: number) => dayjs(today).add(n, 'day').format('YYYY-MM-DD');
const SUBMITTED = ['submitted', 'confirmed', 'accepted'] as const;

/** The filters every list, board and export shares; `scope` confines a unit's people to their unit. */
export function filterWhere(scope: string | null, f: AssignmentFilters, today: string): SQL | undefined {
  const a = assignments;
  return and(
    scope ? eq(a.unitId, scope) : undefined,
    f.taskId ? eq(a.taskId, f.taskId) : undefined,
    f.commitmentId ? eq(a.commitmentId, f.commitmentId) : undefined,
    f.unitId ? eq(a.unitId, f.unitId) : undefined,
    f.role ? eq(a.role, f.role) : undefined,
    f.period !== undefined ? eq(a.period, f.period) : undefined,
    f.status ? statusCondition(f.status, today) : undefined,
    f.dueBefore ? sql`${a.dueOn} <= ${f.dueBefore}::date` : undefined,
    f.dueAfter ? sql`${a.dueOn} >= ${f.dueAfter}::date` : undefined,
    f.programmeId
      ? sql`${a.taskId} in (select t.id from tasks t where t.document_id in ${programmeDocuments(f.programmeId)})`
      : undefined,
    f.group
      ? sql`${a.unitId} in (select u.id from units u where u.kind in ${groupKinds(f.group)})`
      : undefined,
    f.state === 'not_submitted' ? inArray(a.workflow, ['open', 'returned']) : undefined,
    f.state === 'submitted' ? inArray(a.workflow, [...SUBMITTED]) : undefined,
    f.state === 'awaiting_review' ? inArray(a.workflow, ['submitted', 'confirmed']) : undefined,
    f.state === 'returned' ? eq(a.workflow, 'returned') : undefined,
    f.state === 'accepted' ? eq(a.workflow, 'accepted') : undefined,
    f.bucket === 'overdue' ? overdueCondition(today) : undefined,
    f.bucket === 'due_soon'
      ? sql`(${workingSql} and ${a.dueOn} between ${today}::date and ${plusDays(today, DUE_SOON_DAYS)}::date)`
      : undefined,
    f.bucket === 'returned' ? eq(a.workflow, 'returned') : undefined,
    f.bucket === 'done' ? doneSql : undefined,
    f.bucket === 'open' ? workingSql : undefined,
    f.bucket === 'awaiting_confirmation' ? eq(a.workflow, 'submitted') : undefined,
    f.bucket === 'awaiting_acceptance' ? eq(a.workflow, 'confirmed') : undefined,
    // a q with no letter or digit has no words: no condition at all
    // the unit's name, the task's words, the document's number and summary ("246" finds 246/UBND-NgV)
    searchAnyCondition([units.search, tasks.search, documents.search], f.q),
  );
}

function orderBy(sort: ListAssignmentsQuery['sort'], today: string): SQL[] {
  const a = assignments;
  const tie = [unitNameOrder, asc(a.period), asc(a.id)];
  switch (sort) {
    case 'dueOn':
      return [sql`${a.dueOn} asc nulls last`, ...tie];
    case '-dueOn':
      return [sql`${a.dueOn} desc nulls last`, ...tie];
    case 'unit':
      return [unitNameOrder, asc(a.period), asc(a.id)];
    case '-unit':
      return [desc(unitNameOrder), asc(a.period), asc(a.id)];
    case 'status':
      return [asc(assignmentStatusSql(today)), ...tie];
    case '-status':
      return [desc(assignmentStatusSql(today)), ...tie];
    case 'progress':
      return [asc(a.progress), ...tie];
    case '-progress':
      return [desc(a.progress), ...tie];
    case 'submittedAt':
      return [sql`${a.submittedAt} asc nulls last`, ...tie];
    case '-submittedAt':
      return [sql`${a.submittedAt} desc nulls last`, ...tie];
    case 'updatedAt':
      return [asc(a.updatedAt), ...tie];
    case '-updatedAt':
      return [desc(a.updatedAt), ...tie];
  }
}

const listColumns = {
  ...getTableColumns(assignments),
  title: sql<string>`coalesce(${tasks.title}, ${commitments.title}, '')`,
  documentId: tasks.documentId,
  documentNumber: documents.number,
  unitName: units.name,
  unitCode: units.code,
  productFileName: files.name,
  urgeCount: sql<number>`(select count(*)::int from ${urgingTargets} where ${urgingTargets.assignmentId} = ${assignments.id})`,
  lastUrgedOn: sql<
    string | null
  >`(select max(${urgingTargets.urgedOn}) from ${urgingTargets} where ${urgingTargets.assignmentId} = ${assignments.id})`,
};

function selectList(db: Db) {
  return db
    .select(listColumns)
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .leftJoin(tasks, eq(tasks.id, assignments.taskId))
    .leftJoin(documents, eq(documents.id, tasks.documentId))
    .leftJoin(commitments, eq(commitments.id, assignments.commitmentId))
    .leftJoin(files, eq(files.id, assignments.productFileId));
}

// The list is the busiest read of the product (every unit's home, the bench), so it is written
// in SQL and sent as a named prepared statement. The page is chosen over assignments and units
// alone (the sort's tie is the unit's name), and only its rows are then joined to their task,
// document, commitment and file; the total is a scalar subquery over assignments (joined only
// when a search needs the names), which the partial index of working rows answers for the
// "overdue" and "due soon" boxes. Columns come out in the API's names, timestamps as ISO text.
const LIST_COLUMNS = sql`"assignments"."id", "assignments"."task_id" as "taskId",
    "assignments"."commitment_id" as "commitmentId", "assignments"."unit_id" as "unitId",
    "assignments"."role", "assignments"."period", "assignments"."due_on" as "dueOn",
    "assignments"."progress", "assignments"."completed_on" as "completedOn", "assignments"."workflow",
    ${isoText(sql`"assignments"."submitted_at"`)} as "submittedAt",
    "assignments"."return_reason" as "returnReason", "assignments"."product_number" as "productNumber",
    "assignments"."product_date" as "productDate", "assignments"."product_file_id" as "productFileId",
    ${isoText(sql`"assignments"."created_at"`)} as "createdAt",
    ${isoText(sql`"assignments"."updated_at"`)} as "updatedAt",
    coalesce("tasks"."title", "commitments"."title", '') as "title",
    "tasks"."document_id" as "documentId", "documents"."number" as "documentNumber",
    "units"."name" as "unitName", "units"."code" as "unitCode", "files"."name" as "productFileName",
    (select count(*)::int from "urging_targets" where "urging_targets"."assignment_id" = "assignments"."id") as "urgeCount",
    (select max("urged_on") from "urging_targets" where "urging_targets"."assignment_id" = "assignments"."id") as "lastUrgedOn"`;

/** A timestamptz as `Date#toISOString()` writes it, computed by PostgreSQL. */
function isoText(column: SQL) {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** The tables a filter's condition reads besides assignments (only a search reads the names). */
const searchJoins = (q: string | undefined) =>
  q
    ? sql`join "units" on "units"."id" = "assignments"."unit_id"
          left join "tasks" on "tasks"."id" = "assignments"."task_id"
          left join "documents" on "documents"."id" = "tasks"."document_id"`
    : sql``;

type RawListRow = AssignmentListRow & { totalCount: string | number };

/**
 * The page's rows chosen over assignments and units alone, in the list's order, carrying the
 * assignments' columns (read once, by the index scan that found them): the statement then reads
 * "page" under the name "assignments", so every fragment written for the table applies to it.
 */
function pageOf(q: ListAssignmentsQuery, whereSql: SQL, order: SQL) {
  return sql`with "page" as (
        select "assignments".* from "assignments"
        join "units" on "units"."id" = "assignments"."unit_id"
        ${
          q.q
            ? sql`left join "tasks" on "tasks"."id" = "assignments"."task_id"
                left join "documents" on "documents"."id" = "tasks"."document_id"`
            : sql``
        }
        ${whereSql}
        order by ${order}
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize})`;
}

const PAGE_JOINS = sql`from "page" as "assignments"
      join "units" on "units"."id" = "assignments"."unit_id"
      left join "tasks" on "tasks"."id" = "assignments"."task_id"
      left join "documents" on "documents"."id" = "tasks"."document_id"
      left join "commitments" on "commitments"."id" = "assignments"."commitment_id"`;

/** The total of a list: over assignments alone (joined to the names only when a search needs them). */
const countOf = (q: ListAssignmentsQuery, whereSql: SQL) =>
  sql`select count(*) from "assignments" ${searchJoins(q.q)} ${whereSql}`;

/** A list's condition (`where …`, or nothing) and its order, as its statements write them. */
function listParts(scope: string | null, q: ListAssignmentsQuery, today: string) {
  const where = filterWhere(scope, q, today);
  return {
    whereSql: where ? sql`where ${where}` : sql``,
    order: sql.join(orderBy(q.sort, today), sql`, `),
  };
}

/** A page of full rows and the total in one statement (the compliance board, which shows urgings). */
export async function listAssignments(
  db: Db,
  scope: string | null,
  q: ListAssignmentsQuery,
  today: string,
): Promise<{ rows: AssignmentListRow[]; total: number }> {
  const { whereSql, order } = listParts(scope, q, today);
  const count = countOf(q, whereSql);
  const raw = await executeNamed<RawListRow>(
    db,
    'assignments_list',
    sql`${pageOf(q, whereSql, order)}
      select ${LIST_COLUMNS}, (${count}) as "totalCount"
      ${PAGE_JOINS}
      left join "files" on "files"."id" = "assignments"."product_file_id"
      order by ${order}`,
  );
  if (raw.length) {
    return { rows: raw, total: Number(raw[0]!.totalCount) };
  }
  if (q.page === 1) return { rows: [], total: 0 };
  const [totalRow] = await executeNamed<{ n: string }>(db, 'assignments_count', sql`select (${count}) as n`);
  return { rows: [], total: Number(totalRow?.n ?? 0) };
}

/**
 * The fields of a list item (schema.ts#assignmentListItem), in the API's names: what the list
 * pages show and the ids to follow. Status and period label are computed here by the SQL twins
 * of shared/status.ts and shared/recurrence.ts (status-sql.test.ts checks both agree).
 */
const listItemColumns = (today: string) => sql`"assignments"."id", "assignments"."task_id" as "taskId",
    "assignments"."commitment_id" as "commitmentId", "assignments"."unit_id" as "unitId",
    coalesce("tasks"."title", "commitments"."title", '') as "title",
    "documents"."number" as "documentNumber", "units"."name" as "unitName",
    "assignments"."role", "assignments"."period", ${periodLabelSql(sql`"assignments"."period"`)} as "periodLabel",
    "assignments"."due_on" as "dueOn", "assignments"."progress",
    ${assignmentStatusSql(today)} as "status", "assignments"."workflow",
    "assignments"."completed_on" as "completedOn",
    ${isoText(sql`"assignments"."submitted_at"`)} as "submittedAt",
    "assignments"."return_reason" as "returnReason"`;

/**
 * The list as the API answers it (GET /assignments, every unit's home: the busiest read of the
 * product), envelope and all: PostgreSQL composes the page's JSON itself, so the app neither
 * parses rows nor builds and serialises objects; it passes one string on. One named prepared
 * statement, whatever the page: the items (json_agg over the page in its order: a sorted
 * subquery under an aggregate with no join, as PostgreSQL documents) and the total.
 */
export async function listAssignmentPage(
  db: Db,
  scope: string | null,
  q: ListAssignmentsQuery,
  today: string,
): Promise<string> {
  const { whereSql, order } = listParts(scope, q, today);
  const [row] = await executeNamed<{ body: string }>(
    db,
    'assignments_page',
    sql`${pageOf(q, whereSql, order)}
      select json_build_object('items', coalesce(json_agg("item"), '[]'::json),
          'total', (${countOf(q, whereSql)}), 'page', ${q.page}::int, 'pageSize', ${q.pageSize}::int)::text as "body"
      from (select ${listItemColumns(today)} ${PAGE_JOINS} order by ${order}) as "item"`,
  );
  return row!.body;
}

export async function allAssignments(
  db: Db,
  scope: string | null,
  q: AssignmentFilters & { sort: ListAssignmentsQuery['sort'] },
  today: string,
): Promise<AssignmentListRow[]> {
  return selectList(db)
    .where(filterWhere(scope, q, today))
    .orderBy(...orderBy(q.sort, today))
    .limit(20_000);
}

export async function findAssignment(db: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
  return row;
}

/** The assignment locked until the transaction ends: a workflow step re-checks its state here. */
export async function lockAssignment(tx: Db, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await tx.select().from(assignments).where(eq(assignments.id, id)).for('update');
  return row;
}

/** One assignment as a list row, in one named prepared statement (every write answers with it). */
export async function findAssignmentListRow(db: Db, id: string): Promise<AssignmentListRow | undefined> {
  const [row] = await executeNamed<AssignmentListRow>(
    db,
    'assignment_list_row',
    sql`select ${LIST_COLUMNS}
      from "assignments"
      join "units" on "units"."id" = "assignments"."unit_id"
      left join "tasks" on "tasks"."id" = "assignments"."task_id"
      left join "documents" on "documents"."id" = "tasks"."document_id"
      left join "commitments" on "commitments"."id" = "assignments"."commitment_id"
      left join "files" on "files"."id" = "assignments"."product_file_id"
      where "assignments"."id" = ${id}`,
  );
  return row;
}

export async function findListRows(db: Db, ids: string[]): Promise<AssignmentListRow[]> {
  if (!ids.length) return [];
  return selectList(db).where(inArray(assignments.id, ids)).orderBy(unitNameOrder, asc(assignments.period));
}

/** Counts per status and per submission state in one pass over the matching rows. */
export async function statusCounts(db: Db, where: SQL | undefined, today: string): Promise<StatusCounts> {
  const a = assignments;
  const c = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      ...(Object.fromEntries(assignmentStatuses.map((s) => [s, c(statusCondition(s, today))])) as Record<
        AssignmentStatus,
        SQL<number>
      >),
      notSubmitted: c(sql`${a.workflow} in ('open', 'returned')`),
      submitted: c(sql`${a.workflow} in ('submitted', 'confirmed', 'accepted')`),
      awaitingReview: c(sql`${a.workflow} in ('submitted', 'confirmed')`),
      returned: c(sql`${a.workflow} = 'returned'`),
      accepted: c(sql`${a.workflow} = 'accepted'`),
    })
    .from(a)
    .where(where);
  const out = { ...row! };
  for (const k of Object.keys(out) as (keyof StatusCounts)[]) out[k] = Number(out[k] ?? 0);
  return out;
}

export async function periodsOf(db: Db, taskId: string): Promise<string[]> {
  const rows = await db
    .select({ period: assignments.period })
    .from(assignments)
    .where(eq(assignments.taskId, taskId))
    .groupBy(assignments.period)
    .orderBy(sql`min(${assignments.dueOn})`, asc(assignments.period));
  return rows.map((r) => r.period);
}

/** The unit home's boxes, counted in one query (a named prepared statement: every home asks). */
export async function bucketCounts(db: Db, where: SQL | undefined, today: string) {
  const a = assignments;
  const c = (cond: SQL) => sql`(count(*) filter (where ${cond}))::int`;
  const [row] = await executeNamed<Record<string, number>>(
    db,
    'assignments_buckets',
    sql`select count(*)::int as "total",
      ${c(sql`${workingSql} and ${a.dueOn} between ${today}::date and ${plusDays(today, DUE_SOON_DAYS)}::date`)} as "dueSoon",
      ${c(overdueCondition(today))} as "overdue",
      ${c(sql`${a.workflow} = 'returned'`)} as "returned",
      ${c(doneSql)} as "done",
      ${c(workingSql)} as "open",
      ${c(sql`${a.workflow} = 'submitted'`)} as "awaitingConfirmation",
      ${c(sql`${a.workflow} = 'confirmed'`)} as "awaitingAcceptance"
    from ${a} ${where ? sql`where ${where}` : sql``}`,
  );
  return {
    total: Number(row?.total ?? 0),
    dueSoon: Number(row?.dueSoon ?? 0),
    overdue: Number(row?.overdue ?? 0),
    returned: Number(row?.returned ?? 0),
    done: Number(row?.done ?? 0),
    open: Number(row?.open ?? 0),
    awaitingConfirmation: Number(row?.awaitingConfirmation ?? 0),
    awaitingAcceptance: Number(row?.awaitingAcceptance ?? 0),
  };
}

/** Inserts the rows that do not exist yet (same task, unit and period); returns the new ones. */
export async function insertAssignments(db: Db, rows: NewAssignment[]): Promise<AssignmentRow[]> {
  if (!rows.length) return [];
  return db.insert(assignments).values(rows).onConflictDoNothing().returning();
}

export async function existingFor(db: Db, taskId: string, unitIds: string[]) {
  if (!unitIds.length) return [];
  return db
    .select({ unitId: assignments.unitId, period: assignments.period })
    .from(assignments)
    .where(and(eq(assignments.taskId, taskId), inArray(assignments.unitId, unitIds)));
}

export async function updateAssignment(
  db: Db,
  id: string,
  patch: Partial<NewAssignment>,
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

// --- events ------------------------------------------------------------------------------

export type NewEvent = typeof assignmentEvents.$inferInsert;

/**
 * A workflow step's writes in one statement (one round trip, planned once per connection): the
 * assignment's change when there is one, its event, and `audit` (lib/audit.ts#auditInsert). The
 * caller knows the row after the change (the locked row and the patch), so nothing is returned.
 */
export async function writeStep(
  tx: Db,
  id: string,
  patch: Partial<NewAssignment> | null,
  event: NewEvent,
  audit: SQLWrapper,
): Promise<void> {
  const parts: SQL[] = [];
  if (patch)
    parts.push(sql`"upd" as (${tx.update(assignments).set(patch).where(eq(assignments.id, id)).getSQL()})`);
  parts.push(sql`"ev" as (${tx.insert(assignmentEvents).values(event).getSQL()})`);
  await executeNamed(tx, 'assignment_step', sql`with ${sql.join(parts, sql`, `)} ${audit.getSQL()}`);
}

export async function insertEvent(db: Db, e: NewEvent) {
  const [row] = await db.insert(assignmentEvents).values(e).returning();
  return row!;
}

export async function countEvents(db: Db, assignmentId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(assignmentEvents)
    .where(eq(assignmentEvents.assignmentId, assignmentId));
  return row?.n ?? 0;
}

/** The latest step on an assignment (the repeat of a double click is recognised against it). */
export async function lastEvent(db: Db, assignmentId: string) {
  const [row] = await db
    .select()
    .from(assignmentEvents)
    .where(eq(assignmentEvents.assignmentId, assignmentId))
    .orderBy(desc(assignmentEvents.seq))
    .limit(1);
  return row;
}

/** The progress the unit last reported by a progress update (not by submitting), or null. */
export async function lastReportedProgress(db: Db, assignmentId: string): Promise<number | null> {
  const [row] = await db
    .select({ progress: assignmentEvents.progress })
    .from(assignmentEvents)
    .where(and(eq(assignmentEvents.assignmentId, assignmentId), eq(assignmentEvents.kind, 'progress')))
    .orderBy(desc(assignmentEvents.seq))
    .limit(1);
  return row?.progress ?? null;
}

export async function eventsOf(db: Db, assignmentId: string) {
  return db
    .select({
      ...getTableColumns(assignmentEvents),
      fileName: files.name,
      actorName: users.fullName,
    })
    .from(assignmentEvents)
    .leftJoin(files, eq(files.id, assignmentEvents.fileId))
    .leftJoin(users, eq(users.id, assignmentEvents.actorId))
    .where(eq(assignmentEvents.assignmentId, assignmentId))
    .orderBy(desc(assignmentEvents.at), desc(assignmentEvents.seq));
}

// --- units for targeting -----------------------------------------------------------------

export async function activeUnits(db: Db) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      shortName: units.shortName,
      kind: units.kind,
    })
    .from(units)
    .where(eq(units.active, true));
}

export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A person as an actor (the demo seeder acts as the demo accounts). */
export async function findActor(db: Db, username: string) {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
    })
    .from(users)
    .where(eq(users.username, username));
  return u;
}

/** Units with overdue work (started or not), most overdue first, and how many there are in all. */
export async function overdueByUnit(db: Db, where: SQL | undefined, today: string, limit: number) {
  const a = assignments;
  const grouped = db
    .select({
      unitId: a.unitId,
      overdue: sql<number>`count(*)::int`.as('overdue'),
      oldestDueOn: sql<string>`min(${a.dueOn})::text`.as('oldest_due_on'),
    })
    .from(a)
    .where(and(where, overdueCondition(today)))
    .groupBy(a.unitId)
    .as('g');
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        unitId: grouped.unitId,
        unitName: units.name,
        overdue: grouped.overdue,
        oldestDueOn: grouped.oldestDueOn,
      })
      .from(grouped)
      .innerJoin(units, eq(units.id, grouped.unitId))
      .orderBy(desc(grouped.overdue), asc(grouped.oldestDueOn), unitNameOrder)
      .limit(limit),
    db
      .select({
        units: sql<number>`count(*)::int`,
        assignments: sql<number>`coalesce(sum(${grouped.overdue}), 0)::int`,
      })
      .from(grouped),
  ]);
  return {
    units: Number(totals?.units ?? 0),
    assignments: Number(totals?.assignments ?? 0),
    items: rows.map((r) => ({ ...r, overdue: Number(r.overdue) })),
  };
}
