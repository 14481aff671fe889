// SQL of the compiled report: what the round's submissions hold, gathered in a few set-based
// queries (per-unit figures, narratives, commitment lines, escalated obstacles), and the
// produced files with their versions.
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { files } from '../../db/schema/files.js';
import { reportOutputs, reportRounds } from '../../db/schema/reports.js';

export interface UnitFigures {
  submissionId: string;
  unitId: string;
  name: string;
  kind: string;
  workflow: string;
  sentOn: string | null;
  narrative: Record<string, string>;
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

const kindOrder = sql`(case u.kind when 'tinh' then 0 when 'so' then 1 when 'ban_nganh' then 2 when 'phuong' then 3 else 4 end)`;

/** One row per required unit: its report and the figures of its assignment lines. */
export async function unitFigures(db: Db, roundId: string): Promise<UnitFigures[]> {
  const res = await db.execute(sql`
    select s.id as "submissionId", u.id as "unitId", u.name, u.kind, s.workflow, s.sent_on as "sentOn",
      s.narrative,
      count(i.id)::int as total,
      (count(i.id) filter (where i.status = 'done_on_time'))::int as "doneOnTime",
      (count(i.id) filter (where i.status = 'done_late'))::int as "doneLate",
      (count(i.id) filter (where i.status = 'in_progress'))::int as "inProgress",
      (count(i.id) filter (where i.status = 'not_started'))::int as "notStarted",
      (count(i.id) filter (where i.status = 'overdue'))::int as overdue
    from report_submissions s
    join units u on u.id = s.unit_id
    left join report_items i on i.submission_id = s.id and i.kind = 'assignment'
    where s.round_id = ${roundId}::uuid
    group by s.id, u.id, u.name, u.kind, s.workflow, s.sent_on, s.narrative
    order by ${kindOrder}, u.name`);
  return rowsOf<UnitFigures>(res).map((r) => ({
    ...r,
    sentOn: r.sentOn ? String(r.sentOn).slice(0, 10) : null,
  }));
}

export interface CommitmentLine {
  unitName: string;
  title: string;
  status: string;
  progress: number;
  comment: string;
  detail: Record<string, unknown>;
}

export async function commitmentLines(db: Db, roundId: string): Promise<CommitmentLine[]> {
  const res = await db.execute(sql`
    select u.name as "unitName", i.title, i.status, i.progress, i.comment, i.detail
    from report_items i
    join report_submissions s on s.id = i.submission_id
    join units u on u.id = s.unit_id
    where s.round_id = ${roundId}::uuid and i.kind = 'commitment'
    order by (i.detail->>'priority')::int nulls last, i.title`);
  return rowsOf<CommitmentLine>(res);
}

export interface TaskLine {
  unitName: string;
  unitKind: string;
  title: string;
  source: string;
  product: string | null;
  dueOn: string | null;
  status: string;
  progress: number;
  comment: string;
  latestNote: string | null;
}

/** Every assignment line, for the annex workbook's detail sheet. */
export async function taskLines(db: Db, roundId: string): Promise<TaskLine[]> {
  const res = await db.execute(sql`
    select u.name as "unitName", u.kind as "unitKind", i.title, i.source, i.product, i.due_on as "dueOn",
      i.status, i.progress, i.comment, i.latest_note as "latestNote"
    from report_items i
    join report_submissions s on s.id = i.submission_id
    join units u on u.id = s.unit_id
    where s.round_id = ${roundId}::uuid and i.kind = 'assignment'
    order by ${kindOrder}, u.name, i.seq`);
  return rowsOf<TaskLine>(res).map((r) => ({ ...r, dueOn: r.dueOn ? String(r.dueOn).slice(0, 10) : null }));
}

export interface EscalatedObstacle {
  unitName: string;
  description: string;
  proposal: string;
  level: string;
  status: string;
  resolution: string | null;
  resolvedOn: string | null;
}

/**
 * The obstacles the round's units raised up to the cut-off that went beyond the unit (to Sở
 * Ngoại vụ and above), with how each was resolved.
 */
export async function escalatedObstacles(
  db: Db,
  roundId: string,
  periodEnd: string,
): Promise<EscalatedObstacle[]> {
  const res = await db.execute(sql`
    select u.name as "unitName", o.description, o.proposal, o.level, o.status, o.resolution,
      o.resolved_on as "resolvedOn"
    from obstacles o
    join report_submissions s on s.unit_id = o.unit_id and s.round_id = ${roundId}::uuid
    join units u on u.id = o.unit_id
    where o.raised_on <= ${periodEnd}::date
    order by ${kindOrder}, u.name, o.raised_on`);
  return rowsOf<EscalatedObstacle>(res);
}

export async function setDraft(tx: Db, roundId: string, draft: unknown) {
  await tx
    .update(reportRounds)
    .set({ reportDraft: draft as never, updatedAt: new Date() })
    .where(eq(reportRounds.id, roundId));
}

export async function outputsOf(db: Db, roundId: string) {
  return db
    .select({
      id: reportOutputs.id,
      kind: reportOutputs.kind,
      version: reportOutputs.version,
      fileId: reportOutputs.fileId,
      fileName: files.name,
      size: files.size,
      createdAt: reportOutputs.createdAt,
    })
    .from(reportOutputs)
    .innerJoin(files, eq(files.id, reportOutputs.fileId))
    .where(eq(reportOutputs.roundId, roundId))
    .orderBy(desc(reportOutputs.createdAt));
}

export async function nextVersion(tx: Db, roundId: string, kind: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${reportOutputs.version}), 0)::int` })
    .from(reportOutputs)
    .where(and(eq(reportOutputs.roundId, roundId), eq(reportOutputs.kind, kind as never)));
  return (row?.v ?? 0) + 1;
}

export async function insertOutput(tx: Db, values: typeof reportOutputs.$inferInsert) {
  const [row] = await tx.insert(reportOutputs).values(values).returning();
  return row!;
}
