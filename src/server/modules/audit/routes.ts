// The audit log, read-only: the whole log with filters, or one record's history.
import { and, asc, count, desc, eq, gte, isNotNull, lt, max, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/audit.js';
import { type Actor, unitScope } from '../../lib/actor.js';
import { commonErrors, isoDate, listOf, pageQuery } from '../../lib/http.js';
import { actorOf } from '../../lib/session.js';
import type { AppModule } from '../index.js';

const auditOut = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  unitId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

const auditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(40).optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
type AuditQuery = z.infer<typeof auditQuery>;

/** A unit's people read only the history of their own unit's records. */
function auditWhere(actor: Actor, q: AuditQuery): SQL | undefined {
  const scope = unitScope(actor);
  return and(
    scope ? eq(auditLog.unitId, scope) : undefined,
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

/** The people who appear in the log, as far as the reader may see it (the person filter). */
export async function listAuditActors(db: Db, actor: Actor) {
  const scope = unitScope(actor);
  const name = max(auditLog.actorName);
  return db
    .select({ id: auditLog.actorId, name })
    .from(auditLog)
    .where(and(isNotNull(auditLog.actorId), scope ? eq(auditLog.unitId, scope) : undefined))
    .groupBy(auditLog.actorId)
    .orderBy(asc(name));
}

export const auditModule: AppModule = {
  name: 'audit',
  register(app, { db }) {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['Nhật ký'],
          summary: 'Nhật ký thay đổi (lọc theo đối tượng, người, thời gian)',
          querystring: auditQuery,
          response: { 200: listOf(auditOut), ...commonErrors },
        },
      },
      async (req) => {
        const { rows, total } = await listAudit(db, actorOf(req), req.query);
        return {
          items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
          total,
          page: req.query.page,
          pageSize: req.query.pageSize,
        };
      },
    );

    app.get(
      '/audit/actors',
      {
        schema: {
          tags: ['Nhật ký'],
          summary: 'Những người có thay đổi trong nhật ký (để lọc)',
          response: { 200: z.array(z.object({ id: z.string(), name: z.string() })), ...commonErrors },
        },
      },
      async (req) =>
        (await listAuditActors(db, actorOf(req))).map((r) => ({ id: r.id ?? '', name: r.name ?? '' })),
    );
  },
};
