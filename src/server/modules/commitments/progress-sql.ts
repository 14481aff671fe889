// The SQL twin of shared/commitments.ts (rollUpProgress, isAtRisk, commitmentStatus), so the
// register filters, sorts and counts by them in one query. progress-sql.test.ts checks that both
// agree. `milestoneAggregate` is a LATERAL subquery over `milestones` for the current `commitments` row,
// served by the covering index milestones_commitment.
import { type SQL, sql } from 'drizzle-orm';

export function milestoneAggregate(today: string): SQL {
  return sql`left join lateral (
      select count(*)::int as m_count,
        coalesce(sum(m.weight), 0)::int as w_total,
        coalesce(sum(m.weight * m.progress), 0)::int as w_done,
        max(m.due_on) as max_due,
        coalesce(bool_and(m.completed_on is not null), false) as all_done,
        max(m.completed_on) as max_completed,
        coalesce(bool_or(m.completed_on is null and m.due_on < ${today}::date), false) as any_overdue
      from milestones m where m.commitment_id = commitments.id
    ) ms on true`;
}

/** Weighted progress 0–100 from the aggregate (`ms`). */
export const progressSql = sql`(case when ms.w_total > 0 then round(ms.w_done::numeric / ms.w_total)::int else 0 end)`;

/** Status from the aggregate, the categories of shared/status.ts. */
export function statusSql(today: string): SQL {
  return sql`(case
    when ms.m_count > 0 and ms.all_done then
      case when ms.max_due is null or ms.max_completed <= ms.max_due then 'done_on_time' else 'done_late' end
    when ms.max_due is not null and ms.max_due < ${today}::date then 'overdue'
    when ${progressSql} > 0 then 'in_progress'
    else 'not_started' end)`;
}

export const atRiskSql = sql`ms.any_overdue`;
