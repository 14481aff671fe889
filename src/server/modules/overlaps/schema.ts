// API shapes of the overlap review: proposed groups with their score, decisions, and the summary per unit.
import { z } from 'zod';
import { overlapDecisions } from '../../../shared/overlap.js';
import { pageQuery } from '../../lib/http.js';

export const overlapDecision = z.enum(overlapDecisions);

export const listOverlapsQuery = z.strictObject({
  /** open: proposed and not settled (default); settled: decided groups; all. */
  status: z.enum(['open', 'settled', 'all']).default('open'),
  decision: overlapDecision.optional(),
  /** Groups one of whose tasks this unit leads. */
  unitId: z.uuid().optional(),
  ...pageQuery,
});
export type ListOverlapsQuery = z.infer<typeof listOverlapsQuery>;

export const decisionBody = z.strictObject({
  decision: overlapDecision,
  /** duplicate: the task kept as the main one (one of the group); the others are linked to it. */
  mainTaskId: z.uuid().optional(),
  note: z.string().trim().max(2000).optional(),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const overlapTaskOut = z.object({
  id: z.uuid(),
  title: z.string(),
  documentId: z.uuid(),
  documentNumber: z.string(),
  documentIssuedOn: z.string().nullable(),
  leadUnitId: z.uuid().nullable(),
  leadUnitName: z.string().nullable(),
  /** Names of the units leading it (task lead and lead assignments), at most 5. */
  leadUnitNames: z.array(z.string()),
  leadUnitCount: z.number().int(),
  dueOn: z.string().nullable(),
  recurrence: z.string().nullable(),
  duplicateOfId: z.uuid().nullable(),
});

export const overlapPairOut = z.object({
  a: z.uuid(),
  b: z.uuid(),
  /** 0…1: how likely the two are the same work. */
  score: z.number(),
  text: z.number(),
  units: z.number(),
  period: z.number(),
});

export const overlapGroupOut = z.object({
  id: z.uuid(),
  /** 0…1: the best pair's score. */
  score: z.number(),
  status: z.enum(['open', 'settled']),
  tasks: z.array(overlapTaskOut),
  pairs: z.array(overlapPairOut),
  decision: z
    .object({
      decision: overlapDecision,
      mainTaskId: z.uuid().nullable(),
      note: z.string(),
      decidedByName: z.string().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
});
export type OverlapGroupOut = z.infer<typeof overlapGroupOut>;

export const overlapSummaryOut = z.object({
  /** Tasks the review read. */
  tasksReviewed: z.number().int(),
  open: z.number().int(),
  duplicate: z.number().int(),
  related: z.number().int(),
  distinct: z.number().int(),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      kind: z.string(),
      found: z.number().int(),
      open: z.number().int(),
      duplicate: z.number().int(),
      related: z.number().int(),
      distinct: z.number().int(),
    }),
  ),
});

export const withdrawBody = z.strictObject({
  /** Why the decision is withdrawn (kept in the audit log). */
  reason: z
    .string()
    .trim()
    .min(5, 'Nêu lý do hủy kết luận (ít nhất 5 ký tự).')
    .max(1000, 'Lý do tối đa 1.000 ký tự.'),
});
