// The only file of the dashboard module that touches the database: every figure is a SQL
// aggregate (count … filter), one pass per chart, built on the status rules of status-sql.ts
// and the commitments' progress-sql.ts so the dashboard counts exactly what the lists show.
import dayjs from 'dayjs';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AssignmentStatus,
  assignmentStatuses,
  isDone,
  isOverdue,
  type ProgressStatus,
} from '../../../shared/status.js';
import { type Db, rowsOf } from '../../db/client.js';
import { assignments } from '../../db/schema/tracking.js';
import { assignmentStatusSql, workingSql } from '../assignments/status-sql.js';
import { milestoneAggregate, progressSql, statusSql } from '../commitments/progress-sql.js';

export interface Period {
  from: string;
  to: string;
}

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

/** Commitments of a programme: those from activities recorded in its documents. */
function commitmentsOfProgramme(documentId: string | undefined): SQL {
  if (!documentId) return sql`true`;
  return sql`commitments.activity_id in (select ad.activity_id from activity_documents ad
    where ad.document_id in ${programmeDocuments(documentId)})`;
}

/** Task assignments in the reader's scope, the programme and the unit group. */
function baseWhere(f: DashboardFilter): SQL {
  const a = assignments;
  const parts: SQL[] = [
    sql`${a.taskId} is not null`,
    // a task the overlap review linked to its main task as a duplicate: the unit's work there is
    // counted once, on the main task (when the unit has it there too)
    sql`(${a.taskId}, ${a.unitId}, ${a.period}) not in (select d.id, m.unit_id, m.period from tasks d
      join assignments m on m.task_id = d.duplicate_of_id where d.duplicate_of_id is not null)`,
  ];
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

export type StatusRow = { total: number; due: number } & Record<AssignmentStatus, number>;

export const emptyStatusRow = (): StatusRow => ({
  total: 0,
  due: 0,
  ...(Object.fromEntries(assignmentStatuses.map((s) => [s, 0])) as Record<AssignmentStatus, number>),
});

const num = (v: unknown) => Number(v ?? 0);

/** One group of the scan: how many assignments of one status (and, per grouping, one unit or month). */
export interface StatusGroup {
  set: 'period' | 'unit' | 'month';
  /** 'cur' | 'prev' for the period and unit sets. */
  per: string | null;
  unitId: string | null;
  month: string | null;
  status: AssignmentStatus;
  /** Overdue for more than this many days (the largest bucket passed), else 0. */
  age: number;
  /**
   * Come due without being done or overdue: work in hand due today, or a product waiting in the
   * loop (for the head, for Sở Ngoại vụ) whose deadline has come.
   */
  dueToday: boolean;
  n: number;
}

/**
 * Every assignment count of the dashboard in one scan: each row's status is computed once (the
 * CASE of status-sql.ts), then GROUPING SETS count it per period, per unit and per month.
 */
export async function statusGroups(
  db: Db,
  f: DashboardFilter,
  r: { cur: Period; prev: Period; trend: Period; buckets: readonly number[] },
  today: string,
): Promise<StatusGroup[]> {
  const a = assignments;
  const lo = [r.cur.from, r.prev.from, r.trend.from].sort()[0]!;
  const hi = [r.cur.to, r.prev.to, r.trend.to].sort().at(-1)!;
  const ages = [...r.buckets].sort((x, y) => y - x);
  const age = sql.join(
    ages.map((d) => sql`when ${a.dueOn} < ${minusDays(today, d)}::date then ${d}`),
    sql` `,
  );
  const res = await db.execute(sql`
    select grouping(s.per, s.unit_id, s.month) as g, s.per, s.unit_id, s.month, s.st, s.age, s.due_today,
      count(*)::int as n
    from (
      select ${a.unitId} as unit_id, ${assignmentStatusSql(today)} as st,
        case when ${a.dueOn} between ${r.cur.from}::date and ${r.cur.to}::date then 'cur'
             when ${a.dueOn} between ${r.prev.from}::date and ${r.prev.to}::date then 'prev' end as per,
        case when ${a.dueOn} between ${r.trend.from}::date and ${r.trend.to}::date
             then to_char(${a.dueOn}, 'YYYY-MM') end as month,
        case when ${workingSql} then (case ${age} else 0 end) else 0 end as age,
        case when ${workingSql} then ${a.dueOn} = ${today}::date
             else ${a.workflow} <> 'accepted' and ${a.dueOn} <= ${today}::date end as due_today
      from ${a}
      where ${baseWhere(f)} and ${a.dueOn} between ${lo}::date and ${hi}::date
    ) s
    group by grouping sets ((s.per, s.st, s.age, s.due_today), (s.per, s.unit_id, s.st, s.due_today),
      (s.month, s.st, s.due_today))`);
  const out: StatusGroup[] = [];
  for (const row of rowsOf<Record<string, unknown>>(res)) {
    // grouping() bits, left to right: per, unit_id, month (1 = not grouped by it)
    const g = num(row.g);
    const set = g === 3 ? 'period' : g === 1 ? 'unit' : 'month';
    if (set !== 'month' && !row.per) continue;
    if (set === 'month' && !row.month) continue;
    out.push({
      set,
      per: (row.per as string | null) ?? null,
      unitId: (row.unit_id as string | null) ?? null,
      month: (row.month as string | null) ?? null,
      status: row.st as AssignmentStatus,
      age: num(row.age),
      dueToday: row.due_today === true || row.due_today === 't',
      n: num(row.n),
    });
  }
  return out;
}

/** Adds a group's count to a row of counts per status. */
export function addTo(row: StatusRow, g: StatusGroup) {
  row.total += g.n;
  if (isDone(g.status) || isOverdue(g.status) || g.dueToday) row.due += g.n;
  row[g.status] += g.n;
}

/** The units (name and kind) that have counts. */
export async function unitsById(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, { name: string; kind: string }>();
  const res = await db.execute(
    sql`select id, name, kind from units where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(
    rowsOf<{ id: string; name: string; kind: string }>(res).map((u) => [
      u.id,
      { name: u.name, kind: u.kind },
    ]),
  );
}

function commitmentScope(scope: string | null): SQL {
  return scope
    ? sql`exists (select 1 from assignments x where x.commitment_id = commitments.id and x.unit_id = ${scope}::uuid)`
    : sql`true`;
}

/**
 * The milestone aggregate of progress-sql.ts#milestoneAggregate for every commitment at once
 * (one grouped scan of milestones instead of one index probe per commitment), as `ms`.
 */
function milestonesGrouped(today: string): SQL {
  return sql`left join (
      select m.commitment_id, count(*)::int as m_count,
        coalesce(sum(m.weight), 0)::int as w_total,
        coalesce(sum(m.weight * m.progress), 0)::int as w_done,
        max(m.due_on) as max_due,
        coalesce(bool_and(m.completed_on is not null), false) as all_done,
        max(m.completed_on) as max_completed,
        coalesce(bool_or(m.completed_on is null and m.due_on < ${today}::date), false) as any_overdue
      from milestones m group by m.commitment_id
    ) ms on ms.commitment_id = commitments.id`;
}

/** Commitments counted by country, field, partner and status (grouping sets over one scan). */
export async function commitmentCounts(db: Db, scope: string | null, today: string, documentId?: string) {
  const res = await db.execute(sql`
    with c as (
      select commitments.country, commitments.field, commitments.partner, ${statusSql(today)} as status
      from commitments ${milestonesGrouped(today)}
      where ${commitmentScope(scope)} and ${commitmentsOfProgramme(documentId)}
    )
    select grouping(c.country, c.field, c.partner, c.status) as g, c.country, c.field, c.partner, c.status,
      count(*)::int as n,
      (count(*) filter (where c.status in ('done_on_time', 'done_late')))::int as done,
      (count(*) filter (where c.status = 'overdue'))::int as overdue
    from c
    group by grouping sets ((c.country), (c.field), (c.partner), (c.status))
    order by n desc`);
  // grouping() bits, left to right: country, field, partner, status (0 = grouped by it)
  const dims: Record<number, ['country' | 'field' | 'partner' | 'status', string]> = {
    7: ['country', 'country'],
    11: ['field', 'field'],
    13: ['partner', 'partner'],
    14: ['status', 'status'],
  };
  return rowsOf<Record<string, unknown>>(res).map((r) => {
    const [dim, col] = dims[num(r.g)]!;
    return { dim, key: String(r[col] ?? ''), n: num(r.n), done: num(r.done), overdue: num(r.overdue) };
  });
}

/** The highest-priority commitments and their roadmap progress. */
export async function priorityProgress(
  db: Db,
  scope: string | null,
  today: string,
  limit: number,
  documentId?: string,
) {
  const res = await db.execute(sql`
    select commitments.id, commitments.title, commitments.partner, commitments.country,
      commitments.priority, ${progressSql} as progress, ${statusSql(today)} as status,
      ms.m_count as milestones
    from (select * from commitments
          where commitments.priority is not null and ${commitmentScope(scope)}
            and ${commitmentsOfProgramme(documentId)}
          order by commitments.priority, commitments.title limit ${limit}) commitments
      ${milestoneAggregate(today)}
    order by commitments.priority, commitments.title`);
  return rowsOf<Record<string, unknown>>(res).map((r) => ({
    id: String(r.id),
    title: String(r.title),
    partner: String(r.partner),
    country: String(r.country),
    priority: num(r.priority),
    progress: num(r.progress),
    status: String(r.status) as ProgressStatus,
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
  // a programme: obstacles on its tasks' assignments and on its commitments
  if (f.documentId)
    where.push(sql`(o.assignment_id in (select a.id from assignments a join tasks t on t.id = a.task_id
        where t.document_id in ${programmeDocuments(f.documentId)})
      or o.commitment_id in (select commitments.id from commitments where ${commitmentsOfProgramme(f.documentId)}))`);
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

/**
 * The open report round (the latest opened) and the one before it: how many units must report,
 * how many have not sent their report (the head has not confirmed one), and for the previous round
 * how many had not sent it by its deadline. In the reader's scope and unit group.
 */
export async function reportRoundCounts(db: Db, f: DashboardFilter) {
  const where: SQL[] = [sql`true`];
  if (f.scope) where.push(sql`s.unit_id = ${f.scope}::uuid`);
  if (f.kinds?.length)
    where.push(
      sql`s.unit_id in (select u.id from units u where u.kind in (${sql.join(
        f.kinds.map((k) => sql`${k}`),
        sql`, `,
      )}))`,
    );
  const res = await db.execute(sql`
    with cur as (
      select r.id, r.title, r.due_on, r.period_end from report_rounds r where r.status = 'open'
      order by r.opened_on desc, r.period_end desc, r.id limit 1
    ), prev as (
      select r.id, r.title, r.due_on, r.period_end from report_rounds r, cur
      where r.id <> cur.id and r.period_end < cur.period_end
      order by r.period_end desc, r.opened_on desc, r.id limit 1
    ), rounds as (select 'cur' as which, * from cur union all select 'prev', * from prev)
    select rounds.which, rounds.id, rounds.title, rounds.due_on::text as due_on,
      count(s.id)::int as required,
      (count(s.id) filter (where s.sent_on is null))::int as not_sent,
      (count(s.id) filter (where s.sent_on is null or s.sent_on > rounds.due_on))::int as not_sent_by_due
    from rounds left join report_submissions s on s.round_id = rounds.id and ${sql.join(where, sql` and `)}
    group by rounds.which, rounds.id, rounds.title, rounds.due_on`);
  const rows = rowsOf<Record<string, unknown>>(res).map((r) => ({
    which: String(r.which),
    id: String(r.id),
    title: String(r.title),
    dueOn: String(r.due_on),
    required: num(r.required),
    notSent: num(r.not_sent),
    notSentByDue: num(r.not_sent_by_due),
  }));
  return {
    current: rows.find((r) => r.which === 'cur') ?? null,
    previous: rows.find((r) => r.which === 'prev') ?? null,
  };
}

/** The document's number ("34-KH/TU"), or null when there is no such document. */
export async function documentNumber(db: Db, id: string): Promise<string | null> {
  const res = await db.execute(sql`select number from documents where id = ${id}::uuid`);
  return rowsOf<{ number: string }>(res)[0]?.number ?? null;
}
