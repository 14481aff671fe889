// The audit log: append-only (a trigger in sql/post.sql refuses UPDATE and DELETE).
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    /** The unit whose record this is, so a unit's people can read their own records' history. */
    unitId: uuid('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_entity').on(t.entity, t.entityId, t.at),
    index('audit_at').on(t.at),
    index('audit_actor').on(t.actorId, t.at),
  ],
);
