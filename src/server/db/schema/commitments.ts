// Commitments and agreements (cam kết, thỏa thuận) from high-level foreign activities, their
// reviews, roadmap milestones, resources, and the obstacles (vướng mắc) units raise on a task
// assignment or a commitment. Lead and coordinating units are rows of `assignments` (tracking.ts).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  activityKinds,
  budgetSources,
  commitmentFields,
  commitmentForms,
  completionLevels,
  feasibilities,
  legalCompatibilities,
  partnerKinds,
} from '../../../shared/commitments.js';
import {
  obstacleLevels,
  obstacleStatuses,
  obstacleStepKinds,
  obstacleSubjects,
} from '../../../shared/obstacles.js';
import { assignments, documents } from './tracking.js';
import { units } from './units.js';
import { users } from './users.js';

/** A high-level foreign activity: a visit abroad, a delegation received, a conference, talks. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    title: text('title').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    place: text('place').notNull().default(''),
    /** The province's leaders who took part (by office, e.g. "Chủ tịch UBND tỉnh"). */
    leaders: text('leaders').notNull().default(''),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    summary: text('summary').notNull().default(''),
    search: text('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_start').on(t.startOn),
    index('activities_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

/** The documents (văn bản) that record an activity: notices, reports, minutes. */
export const activityDocuments = pgTable(
  'activity_documents',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.documentId] }),
    index('activity_documents_document').on(t.documentId),
  ],
);

export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').references(() => activities.id),
    title: text('title').notNull(),
    form: text('form', { enum: commitmentForms }).notNull().default('mou'),
    partner: text('partner').notNull().default(''),
    partnerKind: text('partner_kind', { enum: partnerKinds }).notNull().default('locality'),
    /** normalizeVi(partner), for the partner filter. */
    partnerKey: text('partner_key').notNull().default(''),
    country: text('country').notNull().default(''),
    field: text('field', { enum: commitmentFields }).notNull().default('other'),
    content: text('content').notNull().default(''),
    signatories: text('signatories').notNull().default(''),
    signedOn: date('signed_on', { mode: 'string' }),
    effectiveOn: date('effective_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    /** Validity in words when it is not a date ("5 năm, tự động gia hạn"). */
    validity: text('validity').notNull().default(''),
    /** Mirrors the lead/coordinator rows of `assignments` (kept in the same transaction). */
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    coordinatingUnitIds: uuid('coordinating_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Position in the province's priority order (1 first); null = not yet ranked. */
    priority: integer('priority'),
    /** An international agreement signed in the province's name (Law on International Agreements 2020). */
    provinceAgreement: boolean('province_agreement').notNull().default(false),
    /** When the report to the Prime Minister (copy to the Ministry of Foreign Affairs) was sent. */
    reportedOn: date('reported_on', { mode: 'string' }),
    reportRef: text('report_ref'),
    search: text('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('commitments_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
    index('commitments_country_field').on(t.country, t.field),
    index('commitments_field').on(t.field),
    index('commitments_priority').on(t.priority),
    index('commitments_expires').on(t.expiresOn),
    index('commitments_activity').on(t.activityId),
    index('commitments_lead_unit').on(t.leadUnitId),
  ],
);

/** A review (rà soát) of a commitment; the latest one drives the register. */
export const commitmentReviews = pgTable(
  'commitment_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    done: text('done').notNull().default(''),
    notDone: text('not_done').notNull().default(''),
    difficulties: text('difficulties').notNull().default(''),
    causes: text('causes').notNull().default(''),
    legalCompatibility: text('legal_compatibility', { enum: legalCompatibilities }).notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    localFit: text('local_fit').notNull().default(''),
    feasibility: text('feasibility', { enum: feasibilities }).notNull(),
    completionLevel: text('completion_level', { enum: completionLevels }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitment_reviews_commitment').on(t.commitmentId, t.reviewedOn, t.createdAt)],
);

/** A roadmap (lộ trình) milestone; the commitment's progress is their weighted mean. */
export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull().default(0),
    title: text('title').notNull(),
    deliverable: text('deliverable').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    weight: integer('weight').notNull().default(1),
    unitId: uuid('unit_id').references(() => units.id),
    progress: integer('progress').notNull().default(0),
    /** Set when progress reaches 100 (the clock's date), cleared if it falls back. */
    completedOn: date('completed_on', { mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('milestones_progress_range', sql`${t.progress} between 0 and 100`),
    check('milestones_weight_positive', sql`${t.weight} between 1 and 100`),
    index('milestones_commitment').on(t.commitmentId, t.dueOn, t.progress, t.weight, t.completedOn),
    index('milestones_unit').on(t.unitId),
  ],
);

/** Resources of a commitment: staff and budget (VND) of one unit from one source. */
export const commitmentResources = pgTable(
  'commitment_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id),
    source: text('source', { enum: budgetSources }).notNull(),
    staff: integer('staff').notNull().default(0),
    plannedVnd: bigint('planned_vnd', { mode: 'number' }).notNull().default(0),
    spentVnd: bigint('spent_vnd', { mode: 'number' }).notNull().default(0),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'commitment_resources_amounts',
      sql`${t.plannedVnd} >= 0 and ${t.spentVnd} >= 0 and ${t.staff} >= 0`,
    ),
    index('commitment_resources_commitment').on(t.commitmentId),
    index('commitment_resources_unit').on(t.unitId),
  ],
);

/** An obstacle (vướng mắc) on one task assignment or one commitment, raised by a unit. */
export const obstacles = pgTable(
  'obstacles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type', { enum: obstacleSubjects }).notNull(),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    commitmentId: uuid('commitment_id').references(() => commitments.id, { onDelete: 'cascade' }),
    /** The unit that raised it (its members see it). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    description: text('description').notNull(),
    cause: text('cause').notNull().default(''),
    proposal: text('proposal').notNull().default(''),
    level: text('level', { enum: obstacleLevels }).notNull().default('focal'),
    status: text('status', { enum: obstacleStatuses }).notNull().default('open'),
    /** The answer the current level owes, and when it answered (null = still waiting). */
    responseDueOn: date('response_due_on', { mode: 'string' }),
    respondedOn: date('responded_on', { mode: 'string' }),
    resolution: text('resolution'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    raisedBy: uuid('raised_by').references(() => users.id),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'obstacles_one_subject',
      sql`(${t.subjectType} = 'assignment' and ${t.assignmentId} is not null and ${t.commitmentId} is null)
       or (${t.subjectType} = 'commitment' and ${t.commitmentId} is not null and ${t.assignmentId} is null)`,
    ),
    index('obstacles_level_status').on(t.status, t.level),
    index('obstacles_unit').on(t.unitId, t.status),
    index('obstacles_commitment').on(t.commitmentId),
    index('obstacles_assignment').on(t.assignmentId),
  ],
);

/** Each step of an obstacle: who, when, at which level, the opinion or decision, the deadline. */
export const obstacleSteps = pgTable(
  'obstacle_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    obstacleId: uuid('obstacle_id')
      .notNull()
      .references(() => obstacles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: obstacleStepKinds }).notNull(),
    fromLevel: text('from_level', { enum: obstacleLevels }),
    toLevel: text('to_level', { enum: obstacleLevels }).notNull(),
    text: text('text').notNull().default(''),
    responseDueOn: date('response_due_on', { mode: 'string' }),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('obstacle_steps_obstacle').on(t.obstacleId, t.at)],
);
