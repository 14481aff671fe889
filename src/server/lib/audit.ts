// Writes the audit entry of a change, inside the change's own transaction.
import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema/audit.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  /** The unit whose record this is, so its members can read the record's history. */
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Values that are never written into the log. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'content', 'search', 'sortKey']);

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!SECRET_KEYS.has(k)) out[k] = scrub(v);
    }
    return out;
  }
  return value;
}

/** The entry's INSERT, not yet sent: a caller may send it with other writes in one statement. */
export function auditInsert(tx: Db, actor: Actor | null, entry: AuditEntry) {
  return tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorName: actor ? `${actor.fullName} (${actor.username})` : 'Hệ thống',
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    unitId: entry.unitId ?? null,
    before: scrub(entry.before),
    after: scrub(entry.after),
  });
}

export async function recordAudit(tx: Db, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await auditInsert(tx, actor, entry);
}
