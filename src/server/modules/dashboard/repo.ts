// The only file of the dashboard module that touches the database: every figure is a SQL
// aggregate (count … filter), one pass per chart, built on the status rules of status-sql.ts
// and the commitments' progress-sql.ts so the dashboard counts exactly what the lists show.
import dayjs from 'dayjs';
import { type SQL, sql } from 'drizzle-orm';
import type { AssignmentStatus } from '../../../shared/status.js';
import { type Db, rowsOf } from '../../db/client.js';
import { assignments } from '../../db/schema/tracking.js';
import { statusCondition } from '../assignments/status-sql.js';
import { milestoneAggregate, progressSql, statusSql } from '../commitments/progress-sql.js';

export interface DashboardFilter {
  /** The unit a reader is confined to (null: every unit). */
  scope: string | null;
  /** A programme: this document and every document that implements it, down the chain. */
  documentId?: string;
  /** Unit kinds of the chosen group. */
  kinds?: readonly string[];
}

const minusDays = (d: string, n: number) => dayjs(d).subtract(n, 'day').format('YYYY-MM-DD');

/** The documents of a programme: the document and those implementing it, transitively. */
export function programmeDocuments(documentId: string): SQL {
  return sql`(with recursive prog(id) as (
      select ${documentId}::uuid
      union
      select l.from_id from document_links l join prog p on l.to_id = p.id where l.kind = 'implements'
    ) select id from prog)`;
}

/** Task assignments in the reader's scope, the programme and the unit group. */
function baseWhere(f: DashboardFilter): SQL {
  const a = assignments;
  const parts: SQL[] = [sql`${a.taskId} is not null`];
  if (f.scope) parts.push(sql`${a.unitId} = ${f.scope}::uuid`);
  if (f.documentId)
    parts.push(
      sql`${a.taskId} in (select t.id from tasks t where t.document_id in ${programmeDocuments(f.documentId)})`,
    );
  if (f.kinds?.length)
    parts.push(
      sql`${a.unitId} in (select u.id from units u where u.kind in (${sql.join(
        f.kinds.map((k) => sql`${k}`),
        sql`, `,
      )}))`,
    );
  return sql.join(parts, sql` and `);
}

const is = (s: AssignmentStatus, today: string) => statusCondition(s, today);
const done = (today: string) => sql`(${is('done_on_time', today)} or ${is('done_late', today)})`;
/** Come due by today, or already done (work done early counts in the share done). */
const dueOrDone = (today: string) => sql`(${assignments.dueOn} <= ${today}::date or ${done(today)})`;
const inPeriod = (from: string, to: string) =>
  sql`(${assignments.dueOn} between ${from}::date and ${to}::date)`;

/** The status counts of the rows matching `cond`, as SQL select items. */
function statusColumns(today: string, cond: SQL = sql`true`): SQL {
  const c = (x: SQL) => sql`(count(*) filter (where ${cond} and ${x}))::int`;
  return sql`${c(sql`true`)} as total,
    ${c(dueOrDone(today))} as due,
    ${c(is('done_on_time', today))} as done_on_time,
    ${c(is('done_late', today))} as done_late,
    ${c(is('in_progress', today))} as in_progress,
    ${c(is('not_started', today))} as not_started,
    ${c(is('overdue', today))} as overdue`;
}

export interface StatusRow {
  total: number;
  due: number;
  done_on_time: number;
  done_late: number;
  in_progress: number;
  not_started: number;
  overdue: number;
}

const num = (v: unknown) => Number(v ?? 0);
function toStatusRow(r: Record<string, unknown>, prefix = ''): StatusRow {
  return {
    total: num(r[`${prefix}total`]),
    due: num(r[`${prefix}due`]),
    done_on_time: num(r[`${prefix}done_on_time`]),
    done_late: num(r[`${prefix}done_late`]),
    in_progress: num(r[`${prefix}in_progress`]),
    not_started: num(r[`${prefix}not_started`]),
    overdue: num(r[`${prefix}overdue`]),
  };
}

/** The headline figures of the period and of the previous one, and the overdue age buckets, in one pass. */
export async function figures(
  db: Db,
  f: DashboardFilter,
  cur: { from: string; to: string },
  prev: { from: string; to: string },
  buckets: readonly number[],
  today: string,
) {
  const inCur = inPeriod(cur.from, cur.to);
  const c = (x: SQL) => sql`(count(*) filter (where ${inCur} and ${x}))::int`;
  const prevCols = sql.raw(
    ['total', 'due', 'done_on_time', 'done_late', 'in_progress', 'not_started', 'overdue']
      .map((k) => `"p"."${k}" as "prev_${k}"`)
      .join(', '),
  );
  const bucketCols = buckets.map(
    (d) =>
      sql`${c(sql`${is('overdue', today)} and ${assignments.dueOn} < ${minusDays(today, d)}::date`)} as ${sql.raw(`"over_${d}"`)}`,
  );
  const res = await db.execute(sql`
    with cur as (
      select ${statusColumns(today, inCur)}, ${sql.join(bucketCols, sql`, `)}
      from ${assignments} where ${baseWhere(f)} and ${inCur}
    ), p as (
      select ${statusColumns(today)} from ${assignments}
      where ${baseWhere(f)} and ${inPeriod(prev.from, prev.to)}
    )
    select cur.*, ${prevCols} from cur, p`);
  const r = rowsOf<Record<string, unknown>>(res)[0] ?? {};
  return {
    current: toStatusRow(r),
    previous: toStatusRow(r, 'prev_'),
    overdueOver: Object.fromEntries(buckets.map((d) => [d, num(r[`over_${d}`])])) as Record<number, number>,
  };
}

export interface UnitStatusRow extends StatusRow {
  unit_id: string | null;
  name: string | null;
  kind: string;
}

/** Counts per status for each unit and for each kind of unit (grouping sets: one scan). */
export async function unitCounts(db: Db, f: DashboardFilter, p: { from: string; to: string }, today: string) {
  const res = await db.execute(sql`
    select u.id as unit_id, u.name, u.kind, ${statusColumns(today)}
    from ${assignments} join units u on u.id = ${assignments.unitId}
    where ${baseWhere(f)} and ${inPeriod(p.from, p.to)}
    group by grouping sets ((u.id, u.name, u.kind), (u.kind))`);
  const rows = rowsOf<Record<string, unknown>>(res).map(
    (r): UnitStatusRow => ({
      ...toStatusRow(r),
      unit_id: (r.unit_id as string | null) ?? null,
      name: (r.name as string | null) ?? null,
      kind: String(r.kind),
    }),
  );
  return { units: rows.filter((r) => r.unit_id), kinds: rows.filter((r) => !r.unit_id) };
}

/** Per month of the deadline: come due (or done), done on time, done late, overdue. */
export async function monthlyTrend(db: Db, f: DashboardFilter, from: string, to: string, today: string) {
  const res = await db.execute(sql`
    select to_char(${assignments.dueOn}, 'YYYY-MM') as month, ${statusColumns(today)}
    from ${assignments}
    where ${baseWhere(f)} and ${inPeriod(from, to)}
    group by 1 order by 1`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({ month: String(r.month), ...toStatusRow(r) }));
}

function commitmentScope(scope: string | null): SQL {
  return scope
    ? sql`exists (select 1 from assignments x where x.commitment_id = commitments.id and x.unit_id = ${scope}::uuid)`
    : sql`true`;
}

/** Commitments counted by country, field, partner and status, in one scan of the register. */
export async function commitmentCounts(db: Db, scope: string | null, today: string) {
  const res = await db.execute(sql`
    with c as (
      select commitments.country, commitments.field, commitments.partner, ${statusSql(today)} as status
      from commitments ${milestoneAggregate(today)}
      where ${commitmentScope(scope)}
    )
    select v.dim, v.key, count(*)::int as n,
      (count(*) filter (where c.status in ('done_on_time', 'done_late')))::int as done,
      (count(*) filter (where c.status = 'overdue'))::int as overdue
    from c cross join lateral (values ('country', c.country), ('field', c.field), ('partner', c.partner),
      ('status', c.status)) v(dim, key)
    group by v.dim, v.key
    order by v.dim, n desc, v.key`);
  return rowsOf<{ dim: string; key: string; n: number; done: number; overdue: number }>(res).map((r) => ({
    dim: r.dim,
    key: r.key,
    n: num(r.n),
    done: num(r.done),
    overdue: num(r.overdue),
  }));
}

/** The highest-priority commitments and their roadmap progress. */
export async function priorityProgress(db: Db, scope: string | null, today: string, limit: number) {
  const res = await db.execute(sql`
    select commitments.id, commitments.title, commitments.partner, commitments.country,
      commitments.priority, ${progressSql} as progress, ${statusSql(today)} as status,
      ms.m_count as milestones
    from commitments ${milestoneAggregate(today)}
    where commitments.priority is not null and ${commitmentScope(scope)}
    order by commitments.priority, commitments.title
    limit ${limit}`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    id: String(r.id),
    title: String(r.title),
    partner: String(r.partner),
    country: String(r.country),
    priority: num(r.priority),
    progress: num(r.progress),
    status: String(r.status) as AssignmentStatus,
    milestones: num(r.milestones),
  }));
}

/** Obstacles by level and status, those awaiting a leader, and those raised in both periods. */
export async function obstacleCounts(
  db: Db,
  f: DashboardFilter,
  cur: { from: string; to: string },
  prev: { from: string; to: string },
) {
  const where: SQL[] = [sql`true`];
  if (f.scope) where.push(sql`o.unit_id = ${f.scope}::uuid`);
  if (f.kinds?.length)
    where.push(
      sql`o.unit_id in (select u.id from units u where u.kind in (${sql.join(
        f.kinds.map((k) => sql`${k}`),
        sql`, `,
      )}))`,
    );
  const res = await db.execute(sql`
    select o.level, o.status, count(*)::int as n,
      (count(*) filter (where o.raised_on between ${cur.from}::date and ${cur.to}::date))::int as raised_cur,
      (count(*) filter (where o.raised_on between ${prev.from}::date and ${prev.to}::date))::int as raised_prev
    from obstacles o where ${sql.join(where, sql` and `)}
    group by o.level, o.status`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    level: String(r.level),
    status: String(r.status),
    n: num(r.n),
    raisedCur: num(r.raised_cur),
    raisedPrev: num(r.raised_prev),
  }));
}

/** The document's number ("34-KH/TU"), or null when there is no such document. */
export async function documentNumber(db: Db, id: string): Promise<string | null> {
  const res = await db.execute(sql`select number from documents where id = ${id}::uuid`);
  return rowsOf<{ number: string }>(res)[0]?.number ?? null;
}
