// SQL of report submissions: one submission with its lines, files and history; saving a draft;
// workflow steps; on-time rates per unit.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { files } from '../../db/schema/files.js';
import {
  reportItems,
  reportRounds,
  reportSubmissionEvents,
  reportSubmissionFiles,
  reportSubmissions,
} from '../../db/schema/reports.js';
import { units } from '../../db/schema/units.js';

export type SubmissionRow = typeof reportSubmissions.$inferSelect;
export type NewSubmission = typeof reportSubmissions.$inferInsert;
export type NewEvent = typeof reportSubmissionEvents.$inferInsert;

export async function findSubmission(db: Db, id: string) {
  const [row] = await db
    .select({
      submission: reportSubmissions,
      round: reportRounds,
      unit: { id: units.id, name: units.name, kind: units.kind },
    })
    .from(reportSubmissions)
    .innerJoin(reportRounds, eq(reportRounds.id, reportSubmissions.roundId))
    .innerJoin(units, eq(units.id, reportSubmissions.unitId))
    .where(eq(reportSubmissions.id, id));
  return row;
}

export async function lockSubmission(tx: Db, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(reportSubmissions).where(eq(reportSubmissions.id, id)).for('update');
  return row;
}

export async function itemsOf(db: Db, submissionId: string) {
  return db
    .select()
    .from(reportItems)
    .where(eq(reportItems.submissionId, submissionId))
    .orderBy(asc(reportItems.seq));
}

export async function itemIdsOf(db: Db, submissionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: reportItems.id })
    .from(reportItems)
    .where(eq(reportItems.submissionId, submissionId));
  return new Set(rows.map((r) => r.id));
}

export async function filesOf(db: Db, submissionId: string) {
  return db
    .select({ id: files.id, name: files.name, size: files.size, mime: files.mime })
    .from(reportSubmissionFiles)
    .innerJoin(files, eq(files.id, reportSubmissionFiles.fileId))
    .where(eq(reportSubmissionFiles.submissionId, submissionId))
    .orderBy(asc(files.uploadedAt));
}

export async function eventsOf(db: Db, submissionId: string) {
  return db
    .select()
    .from(reportSubmissionEvents)
    .where(eq(reportSubmissionEvents.submissionId, submissionId))
    .orderBy(asc(reportSubmissionEvents.at));
}

export async function lastEvent(db: Db, submissionId: string) {
  const rows = await eventsOf(db, submissionId);
  return rows.at(-1);
}

export async function updateSubmission(
  tx: Db,
  id: string,
  patch: Partial<NewSubmission>,
): Promise<SubmissionRow> {
  const [row] = await tx
    .update(reportSubmissions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(reportSubmissions.id, id))
    .returning();
  return row!;
}

/** The comments of several lines at once (one statement). */
export async function setComments(
  tx: Db,
  submissionId: string,
  comments: { itemId: string; comment: string }[],
) {
  if (!comments.length) return;
  const values = sql.join(
    comments.map((c) => sql`(${c.itemId}::uuid, ${c.comment})`),
    sql`, `,
  );
  await tx.execute(sql`
    update report_items i set comment = v.comment
    from (values ${values}) as v(id, comment)
    where i.id = v.id and i.submission_id = ${submissionId}::uuid`);
}

export async function setFiles(tx: Db, submissionId: string, fileIds: string[]) {
  await tx.delete(reportSubmissionFiles).where(eq(reportSubmissionFiles.submissionId, submissionId));
  if (fileIds.length)
    await tx.insert(reportSubmissionFiles).values(fileIds.map((fileId) => ({ submissionId, fileId })));
}

export async function fileIdsOf(db: Db, submissionId: string): Promise<string[]> {
  const rows = await db
    .select({ fileId: reportSubmissionFiles.fileId })
    .from(reportSubmissionFiles)
    .where(eq(reportSubmissionFiles.submissionId, submissionId));
  return rows.map((r) => r.fileId);
}

export async function insertEvent(tx: Db, e: NewEvent) {
  await tx.insert(reportSubmissionEvents).values(e);
}

/**
 * Each unit's reporting record over the rounds whose cut-off falls in [from, to]: how many it had
 * to send, sent on time, late, missed, not yet due.
 */
export async function onTimeCounts(
  db: Db,
  today: string,
  opts: { unitId?: string | null; kinds?: readonly string[]; from?: string; to?: string },
) {
  const res = await db.execute(sql`
    select u.id, u.name, u.kind, count(*)::int as rounds,
      (count(*) filter (where s.sent_on <= r.due_on))::int as on_time,
      (count(*) filter (where s.sent_on > r.due_on))::int as late,
      (count(*) filter (where s.sent_on is null and ${today}::date > r.due_on))::int as missing,
      (count(*) filter (where s.sent_on is null and ${today}::date <= r.due_on))::int as not_due
    from report_submissions s
    join report_rounds r on r.id = s.round_id
    join units u on u.id = s.unit_id
    where true
      ${opts.unitId ? sql`and s.unit_id = ${opts.unitId}::uuid` : sql``}
      ${
        opts.kinds?.length
          ? sql`and u.kind in (${sql.join(
              opts.kinds.map((k) => sql`${k}`),
              sql`, `,
            )})`
          : sql``
      }
      ${opts.from ? sql`and r.period_end >= ${opts.from}::date` : sql``}
      ${opts.to ? sql`and r.period_end <= ${opts.to}::date` : sql``}
    group by u.id, u.name, u.kind
    order by (case u.kind when 'tinh' then 0 when 'so' then 1 when 'ban_nganh' then 2 when 'phuong' then 3 else 4 end), u.name`);
  return rowsOf<{
    id: string;
    name: string;
    kind: string;
    rounds: number;
    on_time: number;
    late: number;
    missing: number;
    not_due: number;
  }>(res);
}

/** A unit's reports across rounds, latest cut-off first (rounds ending from `from` to `to`). */
export async function submissionsOfUnit(
  db: Db,
  unitId: string,
  opts: { from?: string; to?: string; limit: number },
) {
  return db
    .select({
      submissionId: reportSubmissions.id,
      roundId: reportRounds.id,
      title: reportRounds.title,
      periodEnd: reportRounds.periodEnd,
      dueOn: reportRounds.dueOn,
      sentOn: reportSubmissions.sentOn,
      workflow: reportSubmissions.workflow,
    })
    .from(reportSubmissions)
    .innerJoin(reportRounds, eq(reportRounds.id, reportSubmissions.roundId))
    .where(
      and(
        eq(reportSubmissions.unitId, unitId),
        opts.from ? sql`${reportRounds.periodEnd} >= ${opts.from}::date` : undefined,
        opts.to ? sql`${reportRounds.periodEnd} <= ${opts.to}::date` : undefined,
      ),
    )
    .orderBy(sql`${reportRounds.periodEnd} desc`, sql`${reportRounds.openedOn} desc`, reportRounds.id)
    .limit(opts.limit);
}

export async function submissionsOfRound(db: Db, roundId: string, ids?: string[]) {
  return db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.roundId, roundId), ids ? inArray(reportSubmissions.id, ids) : undefined));
}
