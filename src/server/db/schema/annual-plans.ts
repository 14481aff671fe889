// Annual implementation plans (kế hoạch hằng năm) drafted by Sở Ngoại vụ for UBND tỉnh from the
// programme documents' tasks. A draft is computed from the tasks whenever it is read; when the
// plan is issued, its document and tasks are created and the items record where each came from.
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { planFields } from '../../../shared/annual-plan.js';
import { documents, tasks } from './tracking.js';
import { users } from './users.js';

export const annualPlanStatuses = ['draft', 'issued'] as const;

export const annualPlans = pgTable(
  'annual_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    /** The programme: these documents and every document implementing them. */
    documentIds: uuid('document_ids').array().notNull(),
    status: text('status', { enum: annualPlanStatuses }).notNull().default('draft'),
    /** Issued: the number and date UBND tỉnh gave it, and the document registered for it. */
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    documentId: uuid('document_id').references(() => documents.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('annual_plans_year').on(t.year)],
);

/** An issued plan's tasks: the task created in the plan's document and the task it came from. */
export const annualPlanItems = pgTable(
  'annual_plan_items',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => annualPlans.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    sourceTaskId: uuid('source_task_id').references(() => tasks.id, { onDelete: 'set null' }),
    field: text('field', { enum: planFields }).notNull(),
    /** Unfinished work of the year before. */
    carried: boolean('carried').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.planId, t.taskId] })],
);
