// The only file of the activities module that touches the database.
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, activityDocuments, commitments } from '../../db/schema/commitments.js';
import { documents } from '../../db/schema/tracking.js';
import { searchCondition, searchText } from '../../lib/search.js';
import type { ListActivitiesQuery } from './schema.js';

export type ActivityRow = typeof activities.$inferSelect;
export type NewActivity = Omit<typeof activities.$inferInsert, 'id' | 'search'>;
export type ActivityDocument = Pick<
  typeof documents.$inferSelect,
  'id' | 'number' | 'type' | 'issuer' | 'issuedOn' | 'summary'
>;
export type ActivityView = ActivityRow & { commitmentCount: number; documents: ActivityDocument[] };

const a = activities;
const searchOf = (v: {
  title: string;
  place?: string | null;
  countries?: string[];
  leaders?: string | null;
}) => searchText(v.title, v.place, (v.countries ?? []).join(' '), v.leaders);

/** An activity in a unit's scope: one of its commitments is assigned to the unit. */
const inScope = (
  unitId: string,
) => sql`exists (select 1 from commitments c join assignments x on x.commitment_id = c.id
  where c.activity_id = ${a.id} and x.unit_id = ${unitId}::uuid)`;

function listWhere(q: ListActivitiesQuery, scope: string | null): SQL | undefined {
  return and(
    searchCondition(a.search, q.q),
    q.kind ? eq(a.kind, q.kind) : undefined,
    q.country ? sql`${q.country} = any(${a.countries})` : undefined,
    q.year ? and(gte(a.startOn, `${q.year}-01-01`), lt(a.startOn, `${q.year + 1}-01-01`)) : undefined,
    scope ? inScope(scope) : undefined,
  );
}

/**
 * Commitment counts and linked documents. With a unit `scope`, only the documents that unit may
 * read (province documents and its own): another unit's plan is not shown through an activity.
 */
async function withDetails(db: Db, rows: ActivityRow[], scope: string | null): Promise<ActivityView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [counts, docs] = await Promise.all([
    db
      .select({ id: commitments.activityId, n: count() })
      .from(commitments)
      .where(inArray(commitments.activityId, ids))
      .groupBy(commitments.activityId),
    db
      .select({
        activityId: activityDocuments.activityId,
        id: documents.id,
        number: documents.number,
        type: documents.type,
        issuer: documents.issuer,
        issuedOn: documents.issuedOn,
        summary: documents.summary,
      })
      .from(activityDocuments)
      .innerJoin(documents, eq(documents.id, activityDocuments.documentId))
      .where(
        and(
          inArray(activityDocuments.activityId, ids),
          scope ? or(isNull(documents.unitId), eq(documents.unitId, scope)) : undefined,
        ),
      )
      .orderBy(asc(documents.issuedOn)),
  ]);
  const n = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((r) => ({
    ...r,
    commitmentCount: n.get(r.id) ?? 0,
    documents: docs.filter((d) => d.activityId === r.id).map(({ activityId: _, ...d }) => d),
  }));
}

export async function listActivities(db: Db, q: ListActivitiesQuery, scope: string | null) {
  const where = listWhere(q, scope);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(a)
      .where(where)
      .orderBy(desc(a.startOn), asc(a.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(a).where(where),
  ]);
  return { rows: await withDetails(db, rows, scope), total: total?.n ?? 0 };
}

export async function findActivity(db: Db, id: string): Promise<ActivityRow | undefined> {
  const [row] = await db.select().from(a).where(eq(a.id, id));
  return row;
}

export async function findActivityView(
  db: Db,
  id: string,
  scope: string | null,
): Promise<ActivityView | undefined> {
  const row = await findActivity(db, id);
  return row ? (await withDetails(db, [row], scope))[0] : undefined;
}

export async function activityInScope(db: Db, id: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.id, id), inScope(unitId)));
  return Boolean(row);
}

export async function insertActivity(db: Db, values: NewActivity): Promise<ActivityRow> {
  const [row] = await db
    .insert(a)
    .values({ ...values, search: searchOf(values) })
    .returning();
  return row!;
}

export async function updateActivity(
  db: Db,
  current: ActivityRow,
  patch: Partial<NewActivity>,
): Promise<ActivityRow> {
  const [row] = await db
    .update(a)
    .set({ ...patch, search: searchOf({ ...current, ...patch }), updatedAt: new Date() })
    .where(eq(a.id, current.id))
    .returning();
  return row!;
}

export async function deleteActivity(db: Db, id: string): Promise<void> {
  await db.delete(a).where(eq(a.id, id));
}

export async function countCommitments(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(commitments).where(eq(commitments.activityId, id));
  return row?.n ?? 0;
}

export async function existingDocumentIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: documents.id }).from(documents).where(inArray(documents.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function documentIdsOf(db: Db, id: string): Promise<string[]> {
  const rows = await db
    .select({ id: activityDocuments.documentId })
    .from(activityDocuments)
    .where(eq(activityDocuments.activityId, id));
  return rows.map((r) => r.id);
}

export async function setDocuments(db: Db, id: string, documentIds: string[]): Promise<void> {
  await db.delete(activityDocuments).where(eq(activityDocuments.activityId, id));
  if (documentIds.length)
    await db
      .insert(activityDocuments)
      .values(documentIds.map((documentId) => ({ activityId: id, documentId })));
}
