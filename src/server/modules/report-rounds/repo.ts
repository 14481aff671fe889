// SQL of report rounds: the rounds, their counts, their submissions as a list.
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { SubmissionStatus } from '../../../shared/report-rounds.js';
import { type Db, rowsOf } from '../../db/client.js';
import { reportItems, reportRounds, reportSchedules, reportSubmissions } from '../../db/schema/reports.js';
import { documents } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import type { ListRoundsQuery, ListSubmissionsQuery } from './schema.js';

export type RoundRow = typeof reportRounds.$inferSelect;
export type NewRound = typeof reportRounds.$inferInsert;
export type ScheduleRow = typeof reportSchedules.$inferSelect;
export type NewSchedule = typeof reportSchedules.$inferInsert;

/** The active focal officers, oldest account first (who opens a schedule's rounds, who is told). */
export async function activeFocalOfficers(db: Db) {
  return db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
    })
    .from(users)
    .where(and(eq(users.role, 'focal'), eq(users.active, true)))
    .orderBy(users.createdAt);
}

export async function insertSchedule(tx: Db, values: NewSchedule): Promise<ScheduleRow> {
  const [row] = await tx.insert(reportSchedules).values(values).returning();
  return row!;
}

export async function listSchedules(db: Db): Promise<(ScheduleRow & { rounds: number })[]> {
  const rows = await db
    .select({
      s: reportSchedules,
      rounds: sql<number>`(select count(*)::int from ${reportRounds} r where r.schedule_id = report_schedules.id)`,
    })
    .from(reportSchedules)
    .orderBy(desc(reportSchedules.active), desc(reportSchedules.createdAt));
  return rows.map((r) => ({ ...r.s, rounds: Number(r.rounds) }));
}

export async function activeScheduleIds(
  db: Db,
): Promise<
  { id: string; kinds: string[]; style: string; lastPeriodEnd: string; lastErrorOn: string | null }[]
> {
  return db
    .select({
      id: reportSchedules.id,
      kinds: reportSchedules.kinds,
      style: reportSchedules.style,
      lastPeriodEnd: reportSchedules.lastPeriodEnd,
      lastErrorOn: reportSchedules.lastErrorOn,
    })
    .from(reportSchedules)
    .where(eq(reportSchedules.active, true));
}

/** The schedule, locked for this transaction; undefined when another server holds it. */
export async function lockScheduleSkipLocked(tx: Db, id: string): Promise<ScheduleRow | undefined> {
  const [row] = await tx
    .select()
    .from(reportSchedules)
    .where(eq(reportSchedules.id, id))
    .for('update', { skipLocked: true });
  return row;
}

export async function lockSchedule(tx: Db, id: string): Promise<ScheduleRow | undefined> {
  const [row] = await tx.select().from(reportSchedules).where(eq(reportSchedules.id, id)).for('update');
  return row;
}

export async function updateSchedule(tx: Db, id: string, patch: Partial<NewSchedule>): Promise<ScheduleRow> {
  const [row] = await tx
    .update(reportSchedules)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(reportSchedules.id, id))
    .returning();
  return row!;
}

export interface RoundCounts {
  required: number;
  submitted: number;
  accepted: number;
  returned: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
}

export const emptyCounts: RoundCounts = {
  required: 0,
  submitted: 0,
  accepted: 0,
  returned: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  notDue: 0,
};

/** A submission's status against its round's deadline (the SQL twin of shared submissionStatus). */
export function submissionStatusSql(today: string): SQL<SubmissionStatus> {
  const s = reportSubmissions;
  const r = reportRounds;
  return sql<SubmissionStatus>`(case
    when ${s.sentOn} is not null then case when ${s.sentOn} <= ${r.dueOn} then 'on_time' else 'late' end
    when ${today}::date > ${r.dueOn} then 'missing' else 'not_due' end)`;
}

export async function insertRound(tx: Db, values: NewRound): Promise<RoundRow> {
  const [row] = await tx.insert(reportRounds).values(values).returning();
  return row!;
}

export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(reportRounds).where(eq(reportRounds.id, id));
  return row;
}

export async function lockRound(tx: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await tx.select().from(reportRounds).where(eq(reportRounds.id, id)).for('update');
  return row;
}

export async function updateRound(tx: Db, id: string, patch: Partial<NewRound>): Promise<RoundRow> {
  const [row] = await tx
    .update(reportRounds)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(reportRounds.id, id))
    .returning();
  return row!;
}

/** Rounds visible in a scope (a unit sees the rounds it must report in), newest cut-off first. */
export async function listRounds(db: Db, q: ListRoundsQuery, scope: string | null) {
  const r = reportRounds;
  const where = and(
    q.status ? eq(r.status, q.status) : undefined,
    q.kind ? eq(r.kind, q.kind) : undefined,
    q.year ? sql`extract(year from ${r.periodEnd}) = ${q.year}` : undefined,
    scope
      ? sql`exists (select 1 from ${reportSubmissions} s where s.round_id = ${r.id} and s.unit_id = ${scope})`
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(r)
      .where(where)
      .orderBy(desc(r.periodEnd), desc(r.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(r).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The counts of each round over the submissions in scope. */
export async function countsOf(
  db: Db,
  roundIds: string[],
  today: string,
  scope: string | null,
): Promise<Map<string, RoundCounts>> {
  if (!roundIds.length) return new Map();
  const s = reportSubmissions;
  const r = reportRounds;
  const rows = await db
    .select({
      roundId: s.roundId,
      required: sql<number>`count(*)::int`,
      submitted: sql<number>`(count(*) filter (where ${s.sentOn} is not null))::int`,
      accepted: sql<number>`(count(*) filter (where ${s.workflow} = 'accepted'))::int`,
      returned: sql<number>`(count(*) filter (where ${s.workflow} = 'returned'))::int`,
      onTime: sql<number>`(count(*) filter (where ${s.sentOn} <= ${r.dueOn}))::int`,
      late: sql<number>`(count(*) filter (where ${s.sentOn} > ${r.dueOn}))::int`,
      missing: sql<number>`(count(*) filter (where ${s.sentOn} is null and ${today}::date > ${r.dueOn}))::int`,
      notDue: sql<number>`(count(*) filter (where ${s.sentOn} is null and ${today}::date <= ${r.dueOn}))::int`,
    })
    .from(s)
    .innerJoin(r, eq(r.id, s.roundId))
    .where(and(inArray(s.roundId, roundIds), scope ? eq(s.unitId, scope) : undefined))
    .groupBy(s.roundId);
  return new Map(rows.map(({ roundId, ...c }) => [roundId, c]));
}

export async function documentRefs(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: documents.id, number: documents.number, summary: documents.summary })
    .from(documents)
    .where(inArray(documents.id, ids));
}

export async function submissionIdOf(db: Db, roundId: string, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: reportSubmissions.id })
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.roundId, roundId), eq(reportSubmissions.unitId, unitId)));
  return row?.id ?? null;
}

export async function unitIdsOf(db: Db, roundId: string): Promise<Set<string>> {
  const rows = await db
    .select({ unitId: reportSubmissions.unitId })
    .from(reportSubmissions)
    .where(eq(reportSubmissions.roundId, roundId));
  return new Set(rows.map((r) => r.unitId));
}

/** A round's submissions with their unit and status, departments first, then wards and communes. */
export async function listSubmissions(
  db: Db,
  roundId: string,
  q: ListSubmissionsQuery,
  today: string,
  scope: string | null,
) {
  const s = reportSubmissions;
  const status = submissionStatusSql(today);
  const where = and(
    eq(s.roundId, roundId),
    scope ? eq(s.unitId, scope) : undefined,
    q.workflow ? eq(s.workflow, q.workflow) : undefined,
    q.status ? sql`${status} = ${q.status}` : undefined,
  );
  const kindOrder = sql`(case ${units.kind} when 'tinh' then 0 when 'so' then 1 when 'ban_nganh' then 2 when 'phuong' then 3 else 4 end)`;
  const base = db
    .select({
      id: s.id,
      roundId: s.roundId,
      unitId: s.unitId,
      unitName: units.name,
      unitKind: units.kind,
      workflow: s.workflow,
      status,
      sentOn: s.sentOn,
      acceptedAt: s.acceptedAt,
      returnReason: s.returnReason,
      version: s.version,
      updatedAt: s.updatedAt,
      items: sql<number>`(select count(*)::int from ${reportItems} i where i.submission_id = ${s.id})`,
    })
    .from(s)
    .innerJoin(reportRounds, eq(reportRounds.id, s.roundId))
    .innerJoin(units, eq(units.id, s.unitId))
    .where(where);
  const [rows, [total]] = await Promise.all([
    base
      .orderBy(kindOrder, units.name)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(s).innerJoin(reportRounds, eq(reportRounds.id, s.roundId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * The units of a round that have not sent their report (the urging letter names them): every
 * required unit whose head has not confirmed a report yet, whatever the date.
 */
export async function unitsNotSent(db: Db, roundId: string) {
  const res = await db.execute(sql`
    select u.id, u.name, u.kind from report_submissions s join units u on u.id = s.unit_id
    where s.round_id = ${roundId} and s.sent_on is null
    order by (case u.kind when 'tinh' then 0 when 'so' then 1 when 'ban_nganh' then 2 when 'phuong' then 3 else 4 end), u.name`);
  return rowsOf<{ id: string; name: string; kind: string }>(res);
}
