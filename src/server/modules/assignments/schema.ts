import { z } from 'zod';
import { assignmentStatuses } from '../../../shared/status.js';
import { unitGroupCodes } from '../../../shared/units.js';
import { assignmentEventKinds, assignmentRoles, workflowStates } from '../../db/schema/tracking.js';
import { isoDate, pageQuery } from '../../lib/http.js';

export const assignmentStatus = z.enum(assignmentStatuses);
export const assignmentRole = z.enum(assignmentRoles);
export const workflowState = z.enum(workflowStates);

export const assignmentOut = z.object({
  id: z.uuid(),
  taskId: z.uuid().nullable(),
  commitmentId: z.uuid().nullable(),
  /** The task's (or commitment's) title, and the number of the task's document. */
  title: z.string(),
  documentId: z.uuid().nullable(),
  documentNumber: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitCode: z.string(),
  role: assignmentRole,
  period: z.string(),
  periodLabel: z.string(),
  dueOn: z.string().nullable(),
  progress: z.number().int(),
  /** Computed from dueOn, completedOn and today: never stored. */
  status: assignmentStatus,
  /** The day the product was submitted; cleared when Sở Ngoại vụ returns it. */
  completedOn: z.string().nullable(),
  workflow: workflowState,
  submittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  productNumber: z.string().nullable(),
  productDate: z.string().nullable(),
  productFileId: z.uuid().nullable(),
  productFileName: z.string().nullable(),
  /** Urging letters (công văn đôn đốc) that named this assignment, and the day of the last one. */
  urgeCount: z.number().int(),
  lastUrgedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssignmentOut = z.infer<typeof assignmentOut>;

/**
 * A row of the list (GET /assignments): what the list pages show, the ids to follow, and why it
 * was returned. The whole record (product, urgings, times) is GET /assignments/{id}; the export
 * and the compliance board carry it too.
 */
export const assignmentListItem = assignmentOut.pick({
  id: true,
  taskId: true,
  commitmentId: true,
  unitId: true,
  title: true,
  documentNumber: true,
  unitName: true,
  role: true,
  period: true,
  periodLabel: true,
  dueOn: true,
  progress: true,
  status: true,
  workflow: true,
  completedOn: true,
  submittedAt: true,
  returnReason: true,
});
export type AssignmentListItem = z.infer<typeof assignmentListItem>;

/** Where the unit stands with its product: "chưa nộp" is open or returned. */
export const submissionStates = [
  'not_submitted',
  'submitted',
  'awaiting_review',
  'returned',
  'accepted',
] as const;
/** The unit home's boxes. */
export const buckets = [
  'due_soon',
  'overdue',
  'returned',
  'done',
  'open',
  'awaiting_confirmation',
  'awaiting_acceptance',
] as const;

export const assignmentSorts = [
  'dueOn',
  '-dueOn',
  'unit',
  '-unit',
  'status',
  '-status',
  'progress',
  '-progress',
  'submittedAt',
  '-submittedAt',
  'updatedAt',
  '-updatedAt',
] as const;

const filters = {
  taskId: z.uuid().optional(),
  commitmentId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  status: assignmentStatus.optional(),
  state: z.enum(submissionStates).optional(),
  bucket: z.enum(buckets).optional(),
  role: assignmentRole.optional(),
  period: z.string().max(20).optional(),
  /** Due on or before this day. */
  dueBefore: isoDate.optional(),
  dueAfter: isoDate.optional(),
  /** A programme: tasks of this document and of every document implementing it (the dashboard's drill-down). */
  programmeId: z.uuid().optional(),
  /** A group of units (các sở, ban, ngành; UBND các xã, phường…). */
  group: z.enum(unitGroupCodes as [string, ...string[]]).optional(),
  /** Unit name or task title, without diacritics. */
  q: z.string().trim().max(200).optional(),
};

export const listAssignmentsQuery = z.strictObject({
  ...filters,
  sort: z.enum(assignmentSorts).default('dueOn'),
  ...pageQuery,
});
export type ListAssignmentsQuery = z.infer<typeof listAssignmentsQuery>;
export const exportAssignmentsQuery = listAssignmentsQuery.omit({ page: true, pageSize: true });
export type AssignmentFilters = Partial<ListAssignmentsQuery>;

const { taskId: _taskId, commitmentId: _commitmentId, ...boardFilters } = filters;
export const boardQuery = z.strictObject({
  ...boardFilters,
  sort: z.enum(assignmentSorts).default('unit'),
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const boardExportQuery = boardQuery.omit({ page: true, pageSize: true });

export const statusCounts = z.object({
  total: z.number().int(),
  /** One count per status of shared/status.ts. */
  not_started: z.number().int(),
  in_progress: z.number().int(),
  overdue_not_started: z.number().int(),
  overdue: z.number().int(),
  awaiting_confirmation: z.number().int(),
  awaiting_acceptance: z.number().int(),
  done_on_time: z.number().int(),
  done_late: z.number().int(),
  /** chưa nộp: no product, or the product was returned */
  notSubmitted: z.number().int(),
  submitted: z.number().int(),
  awaitingReview: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCounts>;

export const boardOut = z.object({
  taskId: z.uuid(),
  /** The periods of a recurring task ("Q1/2026"…); [""] for a one-off task. */
  periods: z.array(z.object({ period: z.string(), label: z.string() })),
  /** Counts over every assigned unit (filters on period and role apply; status and state do not). */
  counts: statusCounts,
  items: z.array(assignmentOut),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const summaryQuery = z.strictObject({ unitId: z.uuid().optional() });

export const overdueUnitsQuery = z.strictObject({
  /** How many units to list (the counts cover all of them). */
  limit: z.coerce.number().int().min(1).max(200).default(10),
});
export const overdueUnitsOut = z.object({
  /** Units with at least one overdue assignment. */
  units: z.number().int(),
  /** Overdue assignments over all those units. */
  assignments: z.number().int(),
  items: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      overdue: z.number().int(),
      /** The earliest deadline missed. */
      oldestDueOn: isoDate,
    }),
  ),
});
export const summaryOut = z.object({
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  returned: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  awaitingConfirmation: z.number().int(),
  /** Confirmed by the head, waiting for Sở Ngoại vụ to accept it. */
  awaitingAcceptance: z.number().int(),
  total: z.number().int(),
  /** "Due soon" means within this many days from today. */
  dueSoonDays: z.number().int(),
});

export const assignBody = z
  .strictObject({
    unitIds: z.array(z.uuid()).max(500).optional(),
    groups: z
      .array(z.enum(unitGroupCodes as [string, ...string[]]))
      .max(4)
      .optional(),
    /** A list of names as a directive prints it (e.g. its footnote 2). */
    namesText: z.string().max(50_000).optional(),
    role: assignmentRole.default('lead'),
    /** Each unit's due date; the task's when absent. Ignored for a recurring task. */
    dueOn: isoDate.nullish(),
    /** Recurring task: create the periods due from today until this day (default: 31/12 this year). */
    until: isoDate.optional(),
  })
  .refine((b) => b.unitIds?.length || b.groups?.length || b.namesText?.trim(), {
    message: 'Chọn đơn vị, nhóm đơn vị hoặc dán danh sách tên đơn vị',
  });
export type AssignBody = z.infer<typeof assignBody>;

export const assignResult = z.object({
  created: z.array(assignmentOut),
  /** Names from namesText that match no unit: never dropped silently. */
  unmatched: z.array(z.string()),
  /** Units that already had this task (for that period). */
  skipped: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), period: z.string() })),
});

export const updateAssignmentBody = z.strictObject({
  /** The unit's progress, 0–100 %. */
  progress: z.number().int().min(0).max(100).optional(),
  note: z.string().trim().max(4000).optional(),
  /** Evidence uploaded through POST /api/files. */
  fileId: z.uuid().optional(),
  /** Sở Ngoại vụ only. */
  dueOn: isoDate.nullish(),
  role: assignmentRole.optional(),
});
export type UpdateAssignmentBody = z.infer<typeof updateAssignmentBody>;

export const submitBody = z
  .strictObject({
    productNumber: z.string().trim().max(60).optional(),
    productDate: isoDate.optional(),
    fileId: z.uuid().optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .refine((b) => b.productNumber || b.fileId, { message: 'Nhập số văn bản hoặc đính kèm tệp sản phẩm' });
export type SubmitBody = z.infer<typeof submitBody>;

export const stepBody = z.strictObject({ note: z.string().trim().max(4000).optional() });
export const returnBody = z.strictObject({
  reason: z.string().trim().min(5, 'Nêu lý do trả lại (ít nhất 5 ký tự)').max(4000),
});
export const noteBody = z
  .strictObject({ note: z.string().trim().max(4000).optional(), fileId: z.uuid().optional() })
  .refine((b) => b.note || b.fileId, { message: 'Nhập ghi chú hoặc đính kèm tệp' });

export const eventOut = z.object({
  id: z.uuid(),
  kind: z.enum(assignmentEventKinds),
  progress: z.number().int().nullable(),
  note: z.string().nullable(),
  fileId: z.uuid().nullable(),
  fileName: z.string().nullable(),
  productNumber: z.string().nullable(),
  productDate: z.string().nullable(),
  workflow: workflowState.nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const progressImportFields = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
export const progressImportResult = z.object({
  dryRun: z.boolean(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string() })),
  rows: z.array(
    z.object({
      row: z.number().int(),
      assignmentId: z.uuid(),
      title: z.string(),
      unitName: z.string(),
      from: z.number().int(),
      to: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
});
