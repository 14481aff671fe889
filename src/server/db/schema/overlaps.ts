// The overlap review's decisions (rà soát chồng chéo, trùng lặp): a group of tasks the review
// proposed, settled by a focal officer as duplicate (one main task kept, the others linked to it
// by tasks.duplicate_of_id), related, or distinct. Every pair of the group is recorded so it is
// never proposed again. The proposals themselves are computed, not stored (shared/overlap.ts).
import { index, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { overlapDecisions as decisionCodes } from '../../../shared/overlap.js';
import { tasks } from './tracking.js';
import { users } from './users.js';

export const overlapDecisions = pgTable(
  'overlap_decisions',
  {
    /** The group's id as the review proposed it (derived from its tasks). */
    id: uuid('id').primaryKey(),
    decision: text('decision', { enum: decisionCodes }).notNull(),
    taskIds: uuid('task_ids').array().notNull(),
    /** duplicate: the task kept as the main one. */
    mainTaskId: uuid('main_task_id').references(() => tasks.id, { onDelete: 'set null' }),
    /** The review's score when it was settled. */
    score: real('score').notNull(),
    note: text('note').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('overlap_decisions_decided_at').on(t.decidedAt)],
);

/** Each pair of a settled group (taskA < taskB): a pair is settled once. */
export const overlapPairs = pgTable(
  'overlap_pairs',
  {
    taskA: uuid('task_a')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    taskB: uuid('task_b')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => overlapDecisions.id),
  },
  (t) => [primaryKey({ columns: [t.taskA, t.taskB] }), index('overlap_pairs_b').on(t.taskB)],
);
