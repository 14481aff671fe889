// The SQL twin of shared/status.ts#computeStatus, so lists can filter and count by status in the
// database. status-sql.test.ts checks that both agree on every boundary and over generated rows.
import { type SQL, sql } from 'drizzle-orm';
import type { AssignmentStatus } from '../../../shared/status.js';
import { assignments } from '../../db/schema/tracking.js';

const a = assignments;
/** The unit is working on it (open or returned): the rows the partial index *_working_due holds. */
export const workingSql = sql`${a.workflow} in ('open', 'returned')`;
const startedSql = sql`(${a.progress} > 0 or ${a.workflow} <> 'open')`;
const onTimeSql = sql`(${a.completedOn} is null or ${a.dueOn} is null or ${a.completedOn} <= ${a.dueOn})`;

export function assignmentStatusSql(today: string): SQL<string> {
  return sql<string>`(case
    when ${a.workflow} = 'accepted' then case when ${onTimeSql} then 'done_on_time' else 'done_late' end
    when ${a.workflow} = 'submitted' then 'awaiting_confirmation'
    when ${a.workflow} = 'confirmed' then 'awaiting_acceptance'
    when ${a.dueOn} is not null and ${a.dueOn} < ${today}::date then
      case when ${startedSql} then 'overdue' else 'overdue_not_started' end
    when ${startedSql} then 'in_progress'
    else 'not_started' end)`;
}

/**
 * The rows of one status, written so that indexes serve it: "overdue" is `workflow in ('open',
 * 'returned') and due_on < today`, which the partial index (unit_id, due_on) over working rows
 * answers directly, where comparing the CASE above would scan.
 */
export function statusCondition(status: AssignmentStatus, today: string): SQL {
  const late = sql`${a.dueOn} < ${today}::date`;
  const notLate = sql`(${a.dueOn} is null or ${a.dueOn} >= ${today}::date)`;
  switch (status) {
    case 'overdue':
      return sql`(${workingSql} and ${late} and ${startedSql})`;
    case 'overdue_not_started':
      return sql`(${workingSql} and ${late} and not ${startedSql})`;
    case 'in_progress':
      return sql`(${workingSql} and ${notLate} and ${startedSql})`;
    case 'not_started':
      return sql`(${workingSql} and ${notLate} and not ${startedSql})`;
    case 'awaiting_confirmation':
      return sql`${a.workflow} = 'submitted'`;
    case 'awaiting_acceptance':
      return sql`${a.workflow} = 'confirmed'`;
    case 'done_on_time':
      return sql`(${a.workflow} = 'accepted' and ${onTimeSql})`;
    case 'done_late':
      return sql`(${a.workflow} = 'accepted' and not ${onTimeSql})`;
  }
}

/** Every overdue row, started or not (the "Quá hạn" boxes and counts). */
export const overdueCondition = (today: string) => sql`(${workingSql} and ${a.dueOn} < ${today}::date)`;

/** Done: the product is accepted. */
export const doneSql = sql`${a.workflow} = 'accepted'`;

/**
 * The SQL twin of shared/recurrence.ts#periodLabel ("Q2/2026" → "Quý II/2026", "H1/2026" →
 * "6 tháng đầu năm 2026", "T03/2026" → "Tháng 3/2026", "2026" → "Năm 2026", anything else as it
 * is), for lists whose JSON PostgreSQL composes. status-sql.test.ts checks both agree.
 */
export function periodLabelSql(period: SQL): SQL<string> {
  return sql<string>`(case
    when ${period} ~ '^[0-9]{4}$' then 'Năm ' || ${period}
    when ${period} ~ '^H[12]/[0-9]{4}$' then
      '6 tháng ' || case when substr(${period}, 2, 1) = '1' then 'đầu' else 'cuối' end || ' năm ' || substr(${period}, 4)
    when ${period} ~ '^Q[1-4]/[0-9]{4}$' then
      'Quý ' || (array['I', 'II', 'III', 'IV'])[substr(${period}, 2, 1)::int] || '/' || substr(${period}, 4)
    when ${period} ~ '^T[0-9]{2}/[0-9]{4}$' then
      'Tháng ' || substr(${period}, 2, 2)::int::text || '/' || substr(${period}, 5)
    else ${period} end)`;
}
