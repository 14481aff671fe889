// The SQL that opens a round: the units with work in scope, one submission per required unit,
// and each submission's lines pre-filled as of the cut-off — set-based, one statement per kind
// of line for all units at once (155 units open in well under a second).
//
// Scope: the round's documents and every document that implements them, down the lineage
// (document_links kind 'implements', from_id implements to_id); the tasks of those documents and
// their assignments to the unit; recurring tasks only for the occurrences due in the window up
// to the units' deadline. Commitments: those the unit leads, when the round includes them.
//
// "As of the cut-off" (asOf = the earlier of the cut-off and today): progress is the last
// progress reported by that day (the current one when the assignment has no progress history),
// completion counts only if it happened by then, the status is computed on that day; the note is
// the last one written by then; obstacles are those raised by then and not resolved by then.
// A commitment's roadmap progress is its milestones' current weighted progress.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { milestoneAggregate, progressSql, statusSql } from '../commitments/progress-sql.js';

/** A uuid[] literal from validated ids. */
export const uuidArray = (ids: readonly string[]): SQL => sql`${`{${ids.join(',')}}`}::uuid[]`;

const scopeCte = (documentIds: readonly string[]) => sql`scope(id) as (
    select unnest(${uuidArray(documentIds)})
    union
    select l.from_id from document_links l join scope on l.to_id = scope.id where l.kind = 'implements'
  )`;

export interface ScopeSpec {
  documentIds: readonly string[];
  includeCommitments: boolean;
  periodStart: string;
  dueOn: string;
}

/** Active units that have an assignment in scope or lead a commitment (when included). */
export async function unitsWithWork(db: Db, spec: ScopeSpec): Promise<string[]> {
  const parts: SQL[] = [];
  if (spec.documentIds.length)
    parts.push(sql`select a.unit_id from assignments a join tasks t on t.id = a.task_id
      where t.document_id in (select id from scope)
        and (a.period = '' or (a.due_on >= ${spec.periodStart}::date and a.due_on <= ${spec.dueOn}::date))`);
  if (spec.includeCommitments)
    parts.push(sql`select c.lead_unit_id from commitments c where c.lead_unit_id is not null`);
  if (!parts.length) return [];
  const res = await db.execute(sql`
    with recursive ${scopeCte(spec.documentIds)}
    select u.id from units u where u.active and u.id in (${sql.join(parts, sql` union `)})`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}

/** One submission per unit (units already in the round are skipped); the number created. */
export async function createSubmissions(
  tx: Db,
  roundId: string,
  unitIds: readonly string[],
): Promise<{ id: string; unitId: string }[]> {
  if (!unitIds.length) return [];
  const res = await tx.execute(sql`
    insert into report_submissions (round_id, unit_id)
    select ${roundId}::uuid, u from unnest(${uuidArray(unitIds)}) as u
    on conflict (round_id, unit_id) do nothing
    returning id, unit_id as "unitId"`);
  return rowsOf<{ id: string; unitId: string }>(res);
}

export interface PrefillSpec extends ScopeSpec {
  roundId: string;
  /** Only these units' submissions (units added later); all of the round's when absent. */
  unitIds?: readonly string[];
  asOf: string;
}

/** The first instant after the as-of day in the province (UTC+7). */
const endOfDay = (day: string) => {
  const d = new Date(`${day}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
};

const unitFilter = (spec: PrefillSpec) =>
  spec.unitIds ? sql`and s.unit_id = any(${uuidArray(spec.unitIds)})` : sql``;

/** The assignment lines of the round's submissions; the number written. */
export async function prefillAssignments(tx: Db, spec: PrefillSpec): Promise<number> {
  if (!spec.documentIds.length) return 0;
  const asOf = spec.asOf;
  const cut = endOfDay(asOf);
  const res = await tx.execute(sql`
    with recursive ${scopeCte(spec.documentIds)},
    lines as (
      select s.id as submission_id, a.id as assignment_id, t.title, d.number, d.issued_on, t.seq,
        a.due_on, a.period, a.role, t.product as expected, a.submitted_at,
        a.product_number, a.product_date,
        case when a.completed_on <= ${asOf}::date then a.completed_on end as done_on,
        case
          when a.completed_on <= ${asOf}::date then 100
          when p.n = 0 then a.progress
          else coalesce(p.at_cut, 0) end as prog
      from scope
      join tasks t on t.document_id = scope.id
      join assignments a on a.task_id = t.id
      join report_submissions s on s.unit_id = a.unit_id and s.round_id = ${spec.roundId}::uuid ${unitFilter(spec)}
      join documents d on d.id = t.document_id
      left join lateral (
        select (array_agg(e.progress order by e.at desc, e.seq desc) filter (where e.at < ${cut}::timestamptz))[1] as at_cut,
          count(*) as n
        from assignment_events e where e.assignment_id = a.id and e.progress is not null
      ) p on true
      where a.period = '' or (a.due_on >= ${spec.periodStart}::date and a.due_on <= ${spec.dueOn}::date)
    )
    insert into report_items (submission_id, kind, assignment_id, seq, title, source, due_on, completed_on,
      status, progress, product, latest_note, detail)
    select l.submission_id, 'assignment', l.assignment_id,
      (row_number() over (partition by l.submission_id
        order by l.issued_on nulls last, l.number, l.seq, l.due_on nulls last, l.period))::int,
      l.title, l.number, l.due_on, l.done_on,
      case
        when l.done_on is not null then
          case when l.due_on is null or l.done_on <= l.due_on then 'done_on_time' else 'done_late' end
        when l.due_on is not null and l.due_on < ${asOf}::date then 'overdue'
        when l.prog > 0 or l.submitted_at < ${cut}::timestamptz then 'in_progress'
        else 'not_started' end,
      l.prog,
      case when l.product_number is not null and (l.product_date is null or l.product_date <= ${asOf}::date)
        then l.product_number || coalesce(' ngày ' || to_char(l.product_date, 'DD/MM/YYYY'), '') end,
      n.note,
      jsonb_build_object('role', l.role, 'period', l.period, 'expectedProduct', l.expected,
        'obstacles', coalesce(ob.list, '[]'::jsonb))
    from lines l
    left join lateral (
      select e.note from assignment_events e
      where e.assignment_id = l.assignment_id and e.note is not null and e.note <> '' and e.at < ${cut}::timestamptz
      order by e.at desc, e.seq desc limit 1
    ) n on true
    left join lateral (
      select jsonb_agg(jsonb_build_object('description', o.description, 'proposal', o.proposal, 'level', o.level)
        order by o.raised_on) as list
      from obstacles o
      where o.assignment_id = l.assignment_id and o.raised_on <= ${asOf}::date
        and (o.resolved_on is null or o.resolved_on > ${asOf}::date)
    ) ob on true
    returning 1`);
  return rowsOf(res).length;
}

/** The commitment lines: each commitment the unit leads; the number written. */
export async function prefillCommitments(tx: Db, spec: PrefillSpec): Promise<number> {
  if (!spec.includeCommitments) return 0;
  const asOf = spec.asOf;
  const res = await tx.execute(sql`
    insert into report_items (submission_id, kind, commitment_id, seq, title, source, due_on, completed_on,
      status, progress, product, latest_note, detail)
    select s.id, 'commitment', commitments.id,
      (10000 + row_number() over (partition by s.id
        order by commitments.priority nulls last, commitments.signed_on nulls last, commitments.title))::int,
      commitments.title,
      concat_ws(', ', nullif(commitments.partner, ''), nullif(commitments.country, '')),
      ms.max_due,
      case when ms.m_count > 0 and ms.all_done then ms.max_completed end,
      ${statusSql(asOf)},
      ${progressSql},
      null,
      rv.done,
      jsonb_build_object('partner', commitments.partner, 'country', commitments.country,
        'form', commitments.form, 'field', commitments.field, 'signedOn', commitments.signed_on,
        'priority', commitments.priority, 'milestones', ms.m_count,
        'review', rv.j, 'resources', res.j, 'obstacles', coalesce(ob.list, '[]'::jsonb))
    from report_submissions s
    join commitments on commitments.lead_unit_id = s.unit_id
    ${milestoneAggregate(asOf)}
    left join lateral (
      select r.done, jsonb_build_object('reviewedOn', r.reviewed_on, 'done', r.done, 'notDone', r.not_done,
        'difficulties', r.difficulties, 'causes', r.causes, 'completionLevel', r.completion_level,
        'feasibility', r.feasibility, 'legalCompatibility', r.legal_compatibility) as j
      from commitment_reviews r
      where r.commitment_id = commitments.id and r.reviewed_on <= ${asOf}::date
      order by r.reviewed_on desc, r.created_at desc limit 1
    ) rv on true
    left join lateral (
      select case when count(*) > 0 then jsonb_build_object('staff', sum(x.staff)::int,
        'plannedVnd', sum(x.planned_vnd)::bigint, 'spentVnd', sum(x.spent_vnd)::bigint) end as j
      from commitment_resources x where x.commitment_id = commitments.id
    ) res on true
    left join lateral (
      select jsonb_agg(jsonb_build_object('description', o.description, 'proposal', o.proposal, 'level', o.level)
        order by o.raised_on) as list
      from obstacles o
      where o.commitment_id = commitments.id and o.raised_on <= ${asOf}::date
        and (o.resolved_on is null or o.resolved_on > ${asOf}::date)
    ) ob on true
    where s.round_id = ${spec.roundId}::uuid ${unitFilter(spec)}
    returning 1`);
  return rowsOf(res).length;
}
