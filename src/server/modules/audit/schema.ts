import { z } from 'zod';
import { isoDate, pageQuery } from '../../lib/http.js';

export const auditOut = z.object({
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
  /** Which record the change was about, by its present name (or the name it had). */
  record: z.object({ name: z.string().nullable(), context: z.string().nullable() }),
  /** Names of the records the values mention by id (unit, person, task…): id → name. */
  refs: z.record(z.string(), z.string()),
});

export const auditQuery = z.strictObject({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(40).optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
export type AuditQuery = z.infer<typeof auditQuery>;
