// Report rounds (kỳ báo cáo): the round, one submission per required unit with its pre-filled
// items, their workflow history; and the holiday calendar working-day deadlines are counted on.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { periodKinds, periodStyles } from '../../../shared/periods.js';
import { itemKinds, type OutlineSection, roundStatuses } from '../../../shared/report-rounds.js';
import { assignmentStatuses } from '../../../shared/status.js';
import { workflowStates, workflowStepKinds } from '../../../shared/workflow.js';
import { holidayKinds } from '../../../shared/working-days.js';
import { commitments } from './commitments.js';
import { files } from './files.js';
import { assignments } from './tracking.js';
import { units } from './units.js';
import { users } from './users.js';

/** The years whose calendar an administrator has set; other years use the shipped defaults. */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const holidays = pgTable(
  'holidays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => holidayYears.year, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: holidayKinds }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [unique('holidays_date').on(t.date)],
);

/**
 * A recurring schedule (the first directive's 6-month and annual reports, the quarterly review of
 * the commitments): on each cut-off of its kinds it opens the round by itself, as the round it was
 * made from, with N working days for the units.
 */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The rounds' title with "{period}" where the period goes ("Báo cáo {period} kết quả …"). */
    titleTemplate: text('title_template').notNull(),
    kinds: text('kinds', { enum: periodKinds }).array().notNull(),
    style: text('style', { enum: periodStyles }).notNull().default('nd09'),
    dueWorkingDays: integer('due_working_days').notNull(),
    /** Sở Ngoại vụ's compiled report: N working days after the cut-off, when set. */
    reportDueWorkingDays: integer('report_due_working_days'),
    documentIds: uuid('document_ids').array().notNull().default(sql`'{}'::uuid[]`),
    includeCommitments: boolean('include_commitments').notNull().default(false),
    groups: text('groups').array().notNull().default(sql`'{}'::text[]`),
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    allWithWork: boolean('all_with_work').notNull().default(false),
    outline: jsonb('outline').$type<OutlineSection[]>().notNull(),
    active: boolean('active').notNull().default(true),
    /** The cut-off of the latest round it opened (or was made from): later cut-offs open rounds. */
    lastPeriodEnd: date('last_period_end', { mode: 'string' }).notNull(),
    /** The last opening that failed (units gone, a document removed…), and on which day. */
    lastError: text('last_error'),
    lastErrorOn: date('last_error_on', { mode: 'string' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('report_schedules_due', sql`${t.dueWorkingDays} between 0 and 60`),
    check('report_schedules_kinds', sql`cardinality(${t.kinds}) between 1 and 4`),
  ],
);

export const reportRounds = pgTable(
  'report_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    kind: text('kind', { enum: periodKinds }).notNull(),
    style: text('style', { enum: periodStyles }).notNull().default('nd09'),
    /** The data window: the cut-off (thời gian chốt số liệu) is its last day. */
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** The units' deadline; `dueWorkingDays` when it was given as N working days after the cut-off. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    dueWorkingDays: integer('due_working_days'),
    /** Sở Ngoại vụ's own, later deadline for the compiled report to UBND tỉnh. */
    reportDueOn: date('report_due_on', { mode: 'string' }),
    documentIds: uuid('document_ids').array().notNull().default(sql`'{}'::uuid[]`),
    includeCommitments: boolean('include_commitments').notNull().default(false),
    /** The groups addressed ("các sở, ban, ngành"), for the covering letter's Kính gửi. */
    groups: text('groups').array().notNull().default(sql`'{}'::text[]`),
    outline: jsonb('outline').$type<OutlineSection[]>().notNull(),
    status: text('status', { enum: roundStatuses }).notNull().default('open'),
    /** The compiled report's draft text (report-compile/draft.ts), once written or edited. */
    reportDraft: jsonb('report_draft'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    /** The schedule that opened it (or was made from it); one round per schedule and cut-off. */
    scheduleId: uuid('schedule_id').references(() => reportSchedules.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('report_rounds_period', sql`${t.periodEnd} >= ${t.periodStart}`),
    check('report_rounds_due', sql`${t.dueOn} >= ${t.periodEnd}`),
    index('report_rounds_period_end').on(t.periodEnd),
    unique('report_rounds_schedule_period').on(t.scheduleId, t.periodEnd),
  ],
);

/** One per unit that must report in a round, created when the round opens. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => reportRounds.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    workflow: text('workflow', { enum: workflowStates }).notNull().default('open'),
    /** Bumped by every save: a save that read an older version is refused (409). */
    version: integer('version').notNull().default(1),
    /** The unit's text per outline section key. */
    narrative: jsonb('narrative').$type<Record<string, string>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The day the head first confirmed it: the day the report counts as sent. */
    sentOn: date('sent_on', { mode: 'string' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('report_submissions_round_unit').on(t.roundId, t.unitId),
    index('report_submissions_unit').on(t.unitId),
  ],
);

/** A pre-filled line of a submission: one assignment in scope, or one commitment the unit leads. */
export const reportItems = pgTable(
  'report_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => reportSubmissions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: itemKinds }).notNull(),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    commitmentId: uuid('commitment_id').references(() => commitments.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    /** The document the task comes from ("1520/QĐ-UBND"), or the commitment's partner. */
    source: text('source').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    /** Computed as of the cut-off (shared/status.ts categories). */
    status: text('status', { enum: assignmentStatuses }).notNull(),
    progress: integer('progress').notNull().default(0),
    product: text('product'),
    latestNote: text('latest_note'),
    /** Kind-specific facts: the expected product; a commitment's latest review, resources, obstacles. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** The unit's own comment on the line. */
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('report_items_submission').on(t.submissionId, t.seq)],
);

/** The steps of a submission's workflow, for its history. */
export const reportSubmissionEvents = pgTable(
  'report_submission_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => reportSubmissions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: workflowStepKinds }).notNull(),
    workflow: text('workflow', { enum: workflowStates }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_submission_events_submission').on(t.submissionId, t.at)],
);

/** The files a unit attaches to its report (a signed scan, tables). */
export const reportSubmissionFiles = pgTable(
  'report_submission_files',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => reportSubmissions.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.fileId] })],
);

export const outputKinds = ['report', 'annex', 'letter'] as const;

/** Each file produced for a round (compiled report, annex workbook, covering letter), versioned. */
export const reportOutputs = pgTable(
  'report_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => reportRounds.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: outputKinds }).notNull(),
    version: integer('version').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('report_outputs_version').on(t.roundId, t.kind, t.version)],
);
