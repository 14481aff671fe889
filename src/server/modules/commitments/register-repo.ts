// The register: commitments filtered by country, partner, field, status, unit, priority and
// expiry, with progress, status and risk computed in the same SQL (no N+1: one query for the
// page and its computed figures, one for the rows), and the summaries per country and resources.
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../../shared/commitments.js';
import { type Db, rowsOf } from '../../db/client.js';
import { commitments } from '../../db/schema/commitments.js';
import { searchCondition } from '../../lib/search.js';
import { atRiskSql, milestoneAggregate, progressSql, statusSql } from './progress-sql.js';
import type { CommitmentRow } from './repo.js';
import type { ListCommitmentsQuery } from './schema.js';

const c = commitments;

export interface UnitRefRow {
  id: string;
  code: string;
  name: string;
}

/** What the register adds to a commitment row. */
export interface CommitmentFigures {
  progress: number;
  status: string;
  atRisk: boolean;
  milestoneCount: number;
  activityTitle: string | null;
  latestReview: {
    id: string;
    reviewedOn: string;
    completionLevel: string;
    feasibility: string;
    legalCompatibility: string;
  } | null;
  openObstacles: number;
  plannedVnd: number;
  spentVnd: number;
  leadUnit: UnitRefRow | null;
  coordinatingUnits: UnitRefRow[];
}

export type RegisterRow = CommitmentRow & CommitmentFigures;

/** Assigned (lead or coordinator) to the unit. */
export const assignedTo = (unitId: string) =>
  sql`exists (select 1 from assignments a where a.commitment_id = ${c.id} and a.unit_id = ${unitId}::uuid)`;

export type RegisterFilter = Omit<ListCommitmentsQuery, 'page' | 'pageSize' | 'sort'> & { ids?: string[] };

export function registerWhere(q: RegisterFilter, scope: string | null, today: string): SQL {
  const where = and(
    searchCondition(c.search, q.q),
    q.country ? eq(c.country, q.country) : undefined,
    searchCondition(c.partnerKey, q.partner),
    q.field ? eq(c.field, q.field) : undefined,
    q.activityId ? eq(c.activityId, q.activityId) : undefined,
    q.priorityMax ? lte(c.priority, q.priorityMax) : undefined,
    q.expiringWithinDays !== undefined
      ? and(gte(c.expiresOn, today), lte(c.expiresOn, addDays(today, q.expiringWithinDays)))
      : undefined,
    q.unitId ? assignedTo(q.unitId) : undefined,
    scope ? assignedTo(scope) : undefined,
    q.status ? sql`${statusSql(today)} = ${q.status}` : undefined,
    q.atRisk ? sql`${atRiskSql} = ${q.atRisk === 'true'}` : undefined,
    q.ids ? (q.ids.length ? inArray(c.id, q.ids) : sql`false`) : undefined,
  );
  return where ?? sql`true`;
}

const orderBy: Record<ListCommitmentsQuery['sort'], SQL> = {
  priority: sql`${c.priority} asc nulls last, ${c.signedOn} desc nulls last, ${c.id}`,
  signedOn: sql`${c.signedOn} desc nulls last, ${c.id}`,
  expiresOn: sql`${c.expiresOn} asc nulls last, ${c.id}`,
  progress: sql`${progressSql} desc, ${c.id}`,
  title: sql`${c.title}, ${c.id}`,
};

interface FigureRow {
  id: string;
  progress: number;
  status: string;
  at_risk: boolean;
  m_count: number;
  total: number | string;
  activity_title: string | null;
  latest_review: CommitmentFigures['latestReview'];
  open_obstacles: number;
  planned_vnd: number | string;
  spent_vnd: number | string;
  lead_unit: UnitRefRow | null;
  coordinating_units: UnitRefRow[] | null;
}

/**
 * One page of the register. The inner query filters and pages with the milestone aggregate; the
 * outer one adds, for the page's rows only, the latest review, open obstacles, budget and units.
 */
export async function listRegister(
  db: Db,
  q: RegisterFilter & { sort: ListCommitmentsQuery['sort']; limit: number | null; offset: number },
  scope: string | null,
  today: string,
): Promise<{ rows: RegisterRow[]; total: number }> {
  const where = registerWhere(q, scope, today);
  const limit = q.limit === null ? sql`` : sql`limit ${q.limit} offset ${q.offset}`;
  const res = await db.execute(sql`
    with page as (
      select ${c.id} as id, ${c.activityId} as activity_id, ${progressSql} as progress,
        ${statusSql(today)} as status, ${atRiskSql} as at_risk, ms.m_count,
        count(*) over () as total, row_number() over (order by ${orderBy[q.sort]}) as ord
      from ${c} ${milestoneAggregate(today)}
      where ${where}
      order by ord ${limit}
    )
    select page.id, page.progress, page.status, page.at_risk, page.m_count, page.total,
      act.title as activity_title,
      (select json_build_object('id', r.id, 'reviewedOn', r.reviewed_on, 'completionLevel', r.completion_level,
          'feasibility', r.feasibility, 'legalCompatibility', r.legal_compatibility)
        from commitment_reviews r where r.commitment_id = page.id
        order by r.reviewed_on desc, r.created_at desc limit 1) as latest_review,
      (select count(*)::int from obstacles o where o.commitment_id = page.id and o.status = 'open') as open_obstacles,
      (select coalesce(sum(x.planned_vnd), 0) from commitment_resources x where x.commitment_id = page.id) as planned_vnd,
      (select coalesce(sum(x.spent_vnd), 0) from commitment_resources x where x.commitment_id = page.id) as spent_vnd,
      (select json_build_object('id', u.id, 'code', u.code, 'name', u.name)
        from assignments a join units u on u.id = a.unit_id
        where a.commitment_id = page.id and a.role = 'lead' limit 1) as lead_unit,
      (select json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name) order by u.sort_key collate "C")
        from assignments a join units u on u.id = a.unit_id
        where a.commitment_id = page.id and a.role = 'coordinator') as coordinating_units
    from page left join activities act on act.id = page.activity_id
    order by page.ord`);
  const figures = rowsOf<FigureRow>(res);
  if (!figures.length) {
    if (q.offset === 0) return { rows: [], total: 0 };
    const [n] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${c} ${milestoneAggregate(today)} where ${where}`),
    );
    return { rows: [], total: n?.n ?? 0 };
  }
  const ids = figures.map((f) => f.id);
  const base = new Map((await db.select().from(c).where(inArray(c.id, ids))).map((r) => [r.id, r]));
  const rows = figures.map((f) => ({
    ...base.get(f.id)!,
    progress: Number(f.progress),
    status: f.status,
    atRisk: Boolean(f.at_risk),
    milestoneCount: Number(f.m_count),
    activityTitle: f.activity_title,
    latestReview: f.latest_review,
    openObstacles: Number(f.open_obstacles),
    plannedVnd: Number(f.planned_vnd),
    spentVnd: Number(f.spent_vnd),
    leadUnit: f.lead_unit,
    coordinatingUnits: f.coordinating_units ?? [],
  }));
  return { rows, total: Number(figures[0]!.total) };
}

export interface CountrySummaryRow {
  country: string;
  commitments: number;
  done: number;
  atRisk: number;
  averageProgress: number;
  openObstacles: number;
  plannedVnd: number;
  spentVnd: number;
}

export async function countrySummary(
  db: Db,
  scope: string | null,
  today: string,
): Promise<CountrySummaryRow[]> {
  const res = await db.execute(sql`
    select ${c.country} as country, count(*)::int as commitments,
      count(*) filter (where ${statusSql(today)} in ('done_on_time', 'done_late'))::int as done,
      count(*) filter (where ${atRiskSql})::int as at_risk,
      coalesce(round(avg(${progressSql})), 0)::int as average_progress,
      coalesce(sum((select count(*) from obstacles o where o.commitment_id = ${c.id} and o.status = 'open')), 0)::int
        as open_obstacles,
      coalesce(sum(rs.planned), 0) as planned_vnd, coalesce(sum(rs.spent), 0) as spent_vnd
    from ${c} ${milestoneAggregate(today)}
    left join lateral (select sum(x.planned_vnd) as planned, sum(x.spent_vnd) as spent
      from commitment_resources x where x.commitment_id = ${c.id}) rs on true
    where ${scope ? assignedTo(scope) : sql`true`}
    group by ${c.country} order by count(*) desc, ${c.country}`);
  return rowsOf<Record<string, number | string>>(res).map((r) => ({
    country: String(r.country),
    commitments: Number(r.commitments),
    done: Number(r.done),
    atRisk: Number(r.at_risk),
    averageProgress: Number(r.average_progress),
    openObstacles: Number(r.open_obstacles),
    plannedVnd: Number(r.planned_vnd),
    spentVnd: Number(r.spent_vnd),
  }));
}

export interface ResourceTotalRow {
  key: string;
  label: string | null;
  staff: number;
  plannedVnd: number;
  spentVnd: number;
  commitments: number;
}

/** Staff and budget summed per unit, per field or per source. */
export async function resourceTotals(
  db: Db,
  by: 'unit' | 'field' | 'source',
  scope: string | null,
): Promise<ResourceTotalRow[]> {
  const key =
    by === 'unit' ? sql`coalesce(x.unit_id::text, '')` : by === 'field' ? sql`${c.field}` : sql`x.source`;
  const label = by === 'unit' ? sql`max(u.name)` : sql`null`;
  const res = await db.execute(sql`
    select ${key} as key, ${label} as label, coalesce(sum(x.staff), 0)::int as staff,
      coalesce(sum(x.planned_vnd), 0) as planned_vnd, coalesce(sum(x.spent_vnd), 0) as spent_vnd,
      count(distinct x.commitment_id)::int as commitments
    from commitment_resources x join ${c} on ${c.id} = x.commitment_id
    left join units u on u.id = x.unit_id
    where ${scope ? assignedTo(scope) : sql`true`}
    group by 1 order by sum(x.planned_vnd) desc, 1`);
  return rowsOf<Record<string, number | string | null>>(res).map((r) => ({
    key: String(r.key),
    label: r.label === null ? null : String(r.label),
    staff: Number(r.staff),
    plannedVnd: Number(r.planned_vnd),
    spentVnd: Number(r.spent_vnd),
    commitments: Number(r.commitments),
  }));
}

/** The distinct countries and partners in scope, for the register's filter lists. */
export async function filterOptions(db: Db, scope: string | null) {
  const where = scope ? assignedTo(scope) : sql`true`;
  const res = await db.execute(
    sql`select distinct ${c.country} as country, ${c.partner} as partner from ${c} where ${where} order by 1, 2`,
  );
  const rows = rowsOf<{ country: string; partner: string }>(res);
  return {
    countries: [...new Set(rows.map((r) => r.country).filter(Boolean))],
    partners: [...new Set(rows.map((r) => r.partner).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
  };
}
