// The SQL twin of shared/status.ts#computeStatus, so lists can filter and count by status in the
// database. status.sql.test.ts checks that both agree on every boundary.
import { type SQL, sql } from 'drizzle-orm';
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
export const startedOf = (row: { progress: number; workflow: string }) => row.progress > 0 || row.workflow !== 'open';
