// The audit log's queries: the filtered log, the people in it, and the names of the records and
// ids its entries mention (so the log can say which task, unit or obstacle a change was about).
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, max, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/audit.js';
import { activities, commitments, milestones, obstacles } from '../../db/schema/commitments.js';
import { files } from '../../db/schema/files.js';
import { assignments, documents, tasks } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import { type Actor, unitScope } from '../../lib/actor.js';
import type { AuditQuery } from './schema.js';

/**
 * A unit's people read only the history of their own unit's records. The history of accounts
 * (names, e-mails, resets, locks) is read by administrators, who manage them, and by the person
 * the entry is about: like `/api/users`, not by colleagues.
 */
function auditWhere(actor: Actor, q: AuditQuery): SQL | undefined {
  const scope = unitScope(actor);
  return and(
    scope ? eq(auditLog.unitId, scope) : undefined,
    actor.role === 'admin' ? undefined : or(ne(auditLog.entity, 'user'), eq(auditLog.entityId, actor.id)),
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.unitId ? eq(auditLog.unitId, q.unitId) : undefined,
    // dates are the province's (UTC+7)
    q.from ? gte(auditLog.at, new Date(`${q.from}T00:00:00+07:00`)) : undefined,
    q.to ? lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000)) : undefined,
  );
}

export async function listAudit(db: Db, actor: Actor, q: AuditQuery) {
  const where = auditWhere(actor, q);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
export type AuditRow = Awaited<ReturnType<typeof listAudit>>['rows'][number];

/** The people who appear in the log, as far as the reader may see it (the person filter). */
export async function listAuditActors(db: Db, actor: Actor) {
  const name = max(auditLog.actorName);
  return db
    .select({ id: auditLog.actorId, name })
    .from(auditLog)
    .where(and(isNotNull(auditLog.actorId), auditWhere(actor, { page: 1, pageSize: 1 })))
    .groupBy(auditLog.actorId)
    .orderBy(asc(name));
}

/** What the log needs to know of the records its entries are about, found by id. */
export interface RecordFacts {
  units: Map<string, { name: string }>;
  users: Map<string, { fullName: string; username: string }>;
  documents: Map<string, { number: string; type: string; summary: string }>;
  tasks: Map<string, { title: string; documentNumber: string | null }>;
  assignments: Map<
    string,
    { taskTitle: string | null; commitmentTitle: string | null; unitName: string | null }
  >;
  commitments: Map<string, { title: string }>;
  activities: Map<string, { title: string }>;
  obstacles: Map<string, { description: string; unitName: string | null }>;
  milestones: Map<string, { title: string }>;
  files: Map<string, { name: string }>;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map(({ id, ...rest }) => [id, rest]));

/** One query per kind of record, each only for the ids given (all uuids). */
export async function findRecordFacts(db: Db, ids: string[]): Promise<RecordFacts> {
  const none = ids.length === 0;
  const pick = async <T>(q: () => Promise<T[]>) => (none ? [] : q());
  const [u, us, d, t, a, c, ac, o, m, f] = await Promise.all([
    pick(() => db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))),
    pick(() =>
      db
        .select({ id: users.id, fullName: users.fullName, username: users.username })
        .from(users)
        .where(inArray(users.id, ids)),
    ),
    pick(() =>
      db
        .select({
          id: documents.id,
          number: documents.number,
          type: documents.type,
          summary: documents.summary,
        })
        .from(documents)
        .where(inArray(documents.id, ids)),
    ),
    pick(() =>
      db
        .select({ id: tasks.id, title: tasks.title, documentNumber: documents.number })
        .from(tasks)
        .leftJoin(documents, eq(documents.id, tasks.documentId))
        .where(inArray(tasks.id, ids)),
    ),
    pick(() =>
      db
        .select({
          id: assignments.id,
          taskTitle: tasks.title,
          commitmentTitle: commitments.title,
          unitName: units.name,
        })
        .from(assignments)
        .leftJoin(tasks, eq(tasks.id, assignments.taskId))
        .leftJoin(commitments, eq(commitments.id, assignments.commitmentId))
        .leftJoin(units, eq(units.id, assignments.unitId))
        .where(inArray(assignments.id, ids)),
    ),
    pick(() =>
      db
        .select({ id: commitments.id, title: commitments.title })
        .from(commitments)
        .where(inArray(commitments.id, ids)),
    ),
    pick(() =>
      db
        .select({ id: activities.id, title: activities.title })
        .from(activities)
        .where(inArray(activities.id, ids)),
    ),
    pick(() =>
      db
        .select({ id: obstacles.id, description: obstacles.description, unitName: units.name })
        .from(obstacles)
        .leftJoin(units, eq(units.id, obstacles.unitId))
        .where(inArray(obstacles.id, ids)),
    ),
    pick(() =>
      db
        .select({ id: milestones.id, title: milestones.title })
        .from(milestones)
        .where(inArray(milestones.id, ids)),
    ),
    pick(() => db.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, ids))),
  ]);
  return {
    units: byId(u),
    users: byId(us),
    documents: byId(d),
    tasks: byId(t),
    assignments: byId(a),
    commitments: byId(c),
    activities: byId(ac),
    obstacles: byId(o),
    milestones: byId(m),
    files: byId(f),
  };
}
