// The only file of the obstacles module that touches the database.
import { and, asc, count, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { commitments, obstacleSteps, obstacles } from '../../db/schema/commitments.js';
import { assignments, tasks } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import { searchCondition, searchText } from '../../lib/search.js';
import type { ListObstaclesQuery } from './schema.js';

export type ObstacleRow = typeof obstacles.$inferSelect;
export type StepRow = typeof obstacleSteps.$inferSelect;
export type ObstacleView = ObstacleRow & {
  unitName: string;
  subjectTitle: string | null;
  raisedByName: string | null;
};

const o = obstacles;

/** What the obstacle is about: the task's or the commitment's title. */
const subjectTitle = sql<string | null>`coalesce(
  (select ${commitments.title} from ${commitments} where ${commitments.id} = ${o.commitmentId}),
  (select coalesce(t.title, c2.title) from ${assignments} a
     left join ${tasks} t on t.id = a.task_id left join ${commitments} c2 on c2.id = a.commitment_id
   where a.id = ${o.assignmentId}))`;

function viewQuery(db: Db) {
  return db
    .select({ o, unitName: units.name, subjectTitle, raisedByName: users.fullName })
    .from(o)
    .innerJoin(units, eq(units.id, o.unitId))
    .leftJoin(users, eq(users.id, o.raisedBy));
}

const toView = (r: {
  o: ObstacleRow;
  unitName: string;
  subjectTitle: string | null;
  raisedByName: string | null;
}) => ({
  ...r.o,
  unitName: r.unitName,
  subjectTitle: r.subjectTitle,
  raisedByName: r.raisedByName,
});

export interface ListFilter extends ListObstaclesQuery {
  /** Confine to the unit's obstacles. */
  scope: string | null;
  /** Levels the reader holds, for waiting=me. */
  heldLevels: ('focal' | 'leader' | 'central')[];
  today: string;
  commitmentId?: string;
}

function listWhere(q: ListFilter): SQL | undefined {
  return and(
    q.scope ? eq(o.unitId, q.scope) : undefined,
    searchCondition(o.search, q.q),
    q.status ? eq(o.status, q.status) : undefined,
    q.level ? eq(o.level, q.level) : undefined,
    q.subjectType ? eq(o.subjectType, q.subjectType) : undefined,
    q.subjectId ? sql`(${o.commitmentId} = ${q.subjectId} or ${o.assignmentId} = ${q.subjectId})` : undefined,
    q.commitmentId ? eq(o.commitmentId, q.commitmentId) : undefined,
    q.unitId ? eq(o.unitId, q.unitId) : undefined,
    q.waiting === 'me'
      ? q.heldLevels.length
        ? and(eq(o.status, 'open'), inArray(o.level, q.heldLevels))
        : sql`false`
      : undefined,
    q.overdue === 'true'
      ? and(eq(o.status, 'open'), sql`${o.respondedOn} is null`, lt(o.responseDueOn, q.today))
      : q.overdue === 'false'
        ? sql`not (${o.status} = 'open' and ${o.respondedOn} is null and coalesce(${o.responseDueOn} < ${q.today}::date, false))`
        : undefined,
  );
}

export async function listObstacles(db: Db, q: ListFilter): Promise<{ rows: ObstacleView[]; total: number }> {
  const where = listWhere(q);
  const [rows, [total]] = await Promise.all([
    viewQuery(db)
      .where(where)
      .orderBy(sql`${o.status} = 'resolved'`, asc(o.responseDueOn), desc(o.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(o).where(where),
  ]);
  return { rows: rows.map(toView), total: total?.n ?? 0 };
}

export async function findObstacle(db: Db, id: string): Promise<ObstacleView | undefined> {
  const [row] = await viewQuery(db).where(eq(o.id, id));
  return row ? toView(row) : undefined;
}

/** Obstacles of a commitment with their steps (the commitment's timeline). */
export async function obstaclesOfCommitment(db: Db, commitmentId: string) {
  const rows = await db.select().from(o).where(eq(o.commitmentId, commitmentId)).orderBy(asc(o.createdAt));
  const steps = rows.length
    ? await stepsOf(
        db,
        rows.map((r) => r.id),
      )
    : [];
  return rows.map((r) => ({ ...r, steps: steps.filter((s) => s.obstacleId === r.id) }));
}

export async function stepsOf(db: Db, ids: string[]): Promise<StepRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(obstacleSteps)
    .where(inArray(obstacleSteps.obstacleId, ids))
    .orderBy(asc(obstacleSteps.at), asc(obstacleSteps.id));
}

export async function insertObstacle(
  db: Db,
  values: Omit<typeof obstacles.$inferInsert, 'search'>,
): Promise<ObstacleRow> {
  const [row] = await db
    .insert(o)
    .values({ ...values, search: searchText(values.description, values.cause, values.proposal) })
    .returning();
  return row!;
}

export async function updateObstacle(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof obstacles.$inferInsert, 'search'>>,
): Promise<ObstacleRow> {
  const [row] = await db
    .update(o)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(o.id, id))
    .returning();
  return row!;
}

/** The obstacle locked until the transaction ends: an escalation step re-checks it here. */
export async function lockObstacle(tx: Db, id: string): Promise<ObstacleRow | undefined> {
  const [row] = await tx.select().from(o).where(eq(o.id, id)).for('update');
  return row;
}

/** The latest step of an obstacle (a repeated click is recognised against it). */
export async function lastStep(db: Db, id: string): Promise<StepRow | undefined> {
  const [row] = await db
    .select()
    .from(obstacleSteps)
    .where(eq(obstacleSteps.obstacleId, id))
    .orderBy(desc(obstacleSteps.at), desc(obstacleSteps.id))
    .limit(1);
  return row;
}

export async function insertStep(db: Db, values: typeof obstacleSteps.$inferInsert): Promise<StepRow> {
  const [row] = await db.insert(obstacleSteps).values(values).returning();
  return row!;
}

export async function findAssignment(db: Db, id: string) {
  const [row] = await db.select().from(assignments).where(eq(assignments.id, id));
  return row;
}
