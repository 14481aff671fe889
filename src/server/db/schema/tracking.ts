// Documents, tasks and assignments: the tracking core that every later module (commitments,
// report rounds, urging, dashboards) builds on. An assignment is one unit's share of a task
// or of a commitment, with its own deadline, progress and workflow.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type WorkflowState, workflowStates } from '../../../shared/workflow.js';
import { commitments } from './commitments.js';
import { files } from './files.js';
import { units } from './units.js';
import { users } from './users.js';

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    /** normalised number: "1520/QĐ-UBND" and "1520/QD-UBND" give the same key. */
    numberKey: text('number_key').notNull(),
    type: text('type').notNull(),
    issuer: text('issuer').notNull(),
    issuerKey: text('issuer_key').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** Year the number belongs to (from issuedOn); numbers restart every year. */
    year: integer('year').notNull(),
    summary: text('summary').notNull().default(''),
    signer: text('signer'),
    signingAuthority: text('signing_authority'),
    /** Set when the document is a unit's own (e.g. a commune's implementation plan). */
    unitId: uuid('unit_id').references(() => units.id),
    search: text('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_number_unique').on(t.issuerKey, t.year, t.numberKey),
    index('documents_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
    index('documents_issued_on').on(t.issuedOn),
    index('documents_unit').on(t.unitId),
  ],
);

/** The text a document was read from at intake (pasted, or taken from its file), kept as received. */
export const documentSources = pgTable('document_sources', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const documentLinkKinds = ['implements', 'cites'] as const;

export const documentLinks = pgTable(
  'document_links',
  {
    fromId: uuid('from_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    toId: uuid('to_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: documentLinkKinds }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] }), index('document_links_to').on(t.toId)],
);

export const documentFiles = pgTable(
  'document_files',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.fileId] })],
);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    /** Order within the document ("1.", "2."…). */
    seq: integer('seq').notNull().default(0),
    /** rõ việc */
    title: text('title').notNull(),
    /** rõ người */
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    personInCharge: text('person_in_charge'),
    coordinatingUnitIds: uuid('coordinating_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** rõ thời gian: a due date, or a recurrence (see shared/recurrence.ts), or both. */
    dueOn: date('due_on', { mode: 'string' }),
    recurrence: text('recurrence'),
    /** rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền */
    responsibility: text('responsibility'),
    product: text('product'),
    authority: text('authority'),
    /**
     * Set when the overlap review found this task to be the same work as another (the main one):
     * the figures count the work once, on the main task (modules/overlaps).
     */
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => tasks.id, { onDelete: 'set null' }),
    /** The "6 rõ" elements the task lacks (shared/clarity.ts), recomputed on every write. */
    missingClarity: text('missing_clarity').array().notNull().default(sql`'{}'::text[]`),
    search: text('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_document').on(t.documentId, t.seq),
    index('tasks_lead_unit').on(t.leadUnitId),
    index('tasks_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
    index('tasks_incomplete').on(t.documentId).where(sql`cardinality(${t.missingClarity}) > 0`),
  ],
);

export const assignmentRoles = ['lead', 'coordinator'] as const;
/** Where the product stands in the submit → confirm → accept/return loop (shared/workflow.ts). */
export { type WorkflowState, workflowStates };

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Exactly one of taskId / commitmentId is set. */
    taskId: uuid('task_id').references(() => tasks.id),
    commitmentId: uuid('commitment_id').references(() => commitments.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role', { enum: assignmentRoles }).notNull(),
    /** For recurring tasks: the occurrence ("2026", "Q1/2026"); '' for one-off ones. */
    period: text('period').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    progress: integer('progress').notNull().default(0),
    /**
     * The day the product now in the loop was submitted; cleared if it is returned. The work is
     * done once that product is accepted (workflow 'accepted'), on this date.
     */
    completedOn: date('completed_on', { mode: 'string' }),
    workflow: text('workflow', { enum: workflowStates }).notNull().default('open'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    productNumber: text('product_number'),
    productDate: date('product_date', { mode: 'string' }),
    productFileId: uuid('product_file_id').references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('assignments_one_subject', sql`(${t.taskId} is null) <> (${t.commitmentId} is null)`),
    check('assignments_progress_range', sql`${t.progress} between 0 and 100`),
    uniqueIndex('assignments_task_unit_period').on(t.taskId, t.unitId, t.period),
    uniqueIndex('assignments_commitment_unit').on(t.commitmentId, t.unitId),
    index('assignments_unit_due').on(t.unitId, t.dueOn),
    index('assignments_due').on(t.dueOn),
    // A unit's work in hand by deadline: "overdue", "due soon" (the unit home, the bench's list).
    index('assignments_unit_working_due')
      .on(t.unitId, t.dueOn)
      .where(sql`${t.workflow} in ('open', 'returned')`),
    // Every unit's work in hand by deadline (the all-units "overdue" list and its count): the
    // page is read in due-date order and the count is an index-only scan.
    index('assignments_working_due').on(t.dueOn, t.unitId).where(sql`${t.workflow} in ('open', 'returned')`),
  ],
);

export const assignmentEventKinds = ['progress', 'submit', 'confirm', 'accept', 'return', 'note'] as const;

/** Updates on an assignment: progress reports with notes and evidence, and workflow steps. */
export const assignmentEvents = pgTable(
  'assignment_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    kind: text('kind', { enum: assignmentEventKinds }).notNull(),
    progress: integer('progress'),
    note: text('note'),
    fileId: uuid('file_id').references(() => files.id),
    /** submit: the product as submitted this time (a returned product keeps its history). */
    productNumber: text('product_number'),
    productDate: date('product_date', { mode: 'string' }),
    /** The workflow state the step led to. */
    workflow: text('workflow', { enum: workflowStates }),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: steps recorded at the same instant keep their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('assignment_events_assignment').on(t.assignmentId, t.at)],
);
