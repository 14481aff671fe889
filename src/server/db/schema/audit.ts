// The audit log: append-only (a trigger in sql/post.sql refuses UPDATE and DELETE) and sealed
// in a hash chain at commit (sql/post.sql#audit_log_seal; `npm run cli -- audit-verify`).
import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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
    /** Place in the hash chain, given at commit (commit order, not id order). */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    /** The hash of the entry before it in the chain ('' for the first). */
    prevHash: text('prev_hash'),
    /** sha256 of prevHash and this entry's canonical text (sql/post.sql#audit_log_text). */
    hash: text('hash'),
  },
  (t) => [
    index('audit_entity').on(t.entity, t.entityId, t.at),
    index('audit_at').on(t.at),
    index('audit_actor').on(t.actorId, t.at),
    uniqueIndex('audit_chain_seq').on(t.chainSeq),
  ],
);
