// The SQL twin of shared/status.ts#computeStatus, so lists can filter and count by status in the
// database. status-sql.test.ts checks that both agree on every boundary.
import { type SQL, sql } from 'drizzle-orm';
import type { AssignmentStatus } from '../../../shared/status.js';
import { assignments } from '../../db/schema/tracking.js';

export function assignmentStatusSql(today: string): SQL<string> {
  const a = assignments;
  return sql<string>`(case
    when ${a.completedOn} is not null then
      case when ${a.dueOn} is null or ${a.completedOn} <= ${a.dueOn} then 'done_on_time' else 'done_late' end
    when ${a.dueOn} is not null and ${a.dueOn} < ${today}::date then 'overdue'
    when ${a.progress} > 0 or ${a.workflow} <> 'open' then 'in_progress'
    else 'not_started' end)`;
}

/** The `started` input of computeStatus for a row. */
export const startedOf = (row: { progress: number; workflow: string }) =>
  row.progress > 0 || row.workflow !== 'open';

/**
 * The rows of one status, written so that indexes serve it: "overdue" is `completed_on is null
 * and due_on < today`, which the partial index (unit_id, due_on) where completed_on is null
 * answers directly, where comparing the CASE above would scan.
 */
export function statusCondition(status: AssignmentStatus, today: string): SQL {
  const a = assignments;
  const open = sql`${a.completedOn} is null`;
  const notLate = sql`(${a.dueOn} is null or ${a.dueOn} >= ${today}::date)`;
  const started = sql`(${a.progress} > 0 or ${a.workflow} <> 'open')`;
  switch (status) {
    case 'overdue':
      return sql`(${open} and ${a.dueOn} < ${today}::date)`;
    case 'in_progress':
      return sql`(${open} and ${notLate} and ${started})`;
    case 'not_started':
      return sql`(${open} and ${notLate} and not ${started})`;
    case 'done_on_time':
      return sql`(${a.completedOn} is not null and (${a.dueOn} is null or ${a.completedOn} <= ${a.dueOn}))`;
    case 'done_late':
      return sql`(${a.completedOn} is not null and ${a.completedOn} > ${a.dueOn})`;
  }
}
