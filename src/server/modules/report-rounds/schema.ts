// API shapes of report rounds (kỳ báo cáo).
import { z } from 'zod';
import { type PeriodKind, periodKinds, periodStyles } from '../../../shared/periods.js';
import { roundStatuses, submissionStatuses } from '../../../shared/report-rounds.js';
import { unitGroupCodes } from '../../../shared/units.js';
import { workflowStates } from '../../../shared/workflow.js';
import { isoDate, pageQuery } from '../../lib/http.js';

const text = (max: number) => z.string().trim().max(max);

export const outlineSection = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Mã mục chỉ gồm chữ thường không dấu, số, dấu gạch dưới'),
  title: text(300).min(2),
  hint: text(2000).default(''),
});

const groupCode = z.enum(unitGroupCodes as [string, ...string[]]);
const repeatKinds = periodKinds.filter((k) => k !== 'ad_hoc') as [
  Exclude<PeriodKind, 'ad_hoc'>,
  ...Exclude<PeriodKind, 'ad_hoc'>[],
];

export const createRoundBody = z.strictObject({
  title: text(500).min(5, 'Tên kỳ báo cáo quá ngắn'),
  kind: z.enum(periodKinds),
  style: z.enum(periodStyles).default('nd09'),
  /** The data window; by default the window of `kind` in `year` (and `index`: month 1–12, quarter 1–4). */
  periodStart: isoDate.optional(),
  periodEnd: isoDate.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  index: z.number().int().min(1).max(12).optional(),
  /** The units' deadline: a date, or N working days after the cut-off. */
  dueOn: isoDate.optional(),
  dueWorkingDays: z.number().int().min(0).max(60).optional(),
  reportDueOn: isoDate.optional(),
  documentIds: z.array(z.uuid()).max(20).default([]),
  includeCommitments: z.boolean().default(false),
  /** The units that must report: picked, by group, pasted names, or every unit with work in scope. */
  unitIds: z.array(z.uuid()).max(500).optional(),
  groups: z.array(groupCode).max(4).optional(),
  namesText: z.string().max(50_000).optional(),
  allWithWork: z.boolean().optional(),
  outline: z.array(outlineSection).min(1).max(12).optional(),
  /**
   * Open the next rounds by themselves: at each cut-off of these kinds (the round's own among them),
   * with the same scope, units, outline and working days.
   */
  repeat: z.strictObject({ kinds: z.array(z.enum(repeatKinds)).min(1).max(4) }).optional(),
});
export type CreateRoundBody = z.infer<typeof createRoundBody>;

export const updateRoundBody = z.strictObject({
  title: text(500).min(5).optional(),
  dueOn: isoDate.optional(),
  reportDueOn: isoDate.nullish(),
  outline: z.array(outlineSection).min(1).max(12).optional(),
  status: z.enum(roundStatuses).optional(),
  /** Units added to the round: their submissions are created and pre-filled as the others were. */
  addUnitIds: z.array(z.uuid()).max(500).optional(),
});
export type UpdateRoundBody = z.infer<typeof updateRoundBody>;

export const listRoundsQuery = z.strictObject({
  status: z.enum(roundStatuses).optional(),
  kind: z.enum(periodKinds).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...pageQuery,
});
export type ListRoundsQuery = z.infer<typeof listRoundsQuery>;

export const roundCounts = {
  required: z.number().int(),
  submitted: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  notDue: z.number().int(),
};

export const roundOut = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(periodKinds),
  style: z.enum(periodStyles),
  periodStart: z.string(),
  periodEnd: z.string(),
  periodLabel: z.string(),
  dueOn: z.string(),
  dueWorkingDays: z.number().int().nullable(),
  reportDueOn: z.string().nullable(),
  includeCommitments: z.boolean(),
  groups: z.array(z.string()),
  documents: z.array(z.object({ id: z.uuid(), number: z.string(), summary: z.string() })),
  outline: z.array(z.object({ key: z.string(), title: z.string(), hint: z.string() })),
  status: z.enum(roundStatuses),
  openedOn: z.string(),
  /** The recurring schedule that opened it or was made from it. */
  scheduleId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The reader's own unit's submission in this round (unit members), else null. */
  mySubmissionId: z.uuid().nullable(),
  ...roundCounts,
});
export type RoundOut = z.infer<typeof roundOut>;

export const createRoundResult = roundOut.extend({
  /** Names from namesText that match no unit: never dropped silently. */
  unmatched: z.array(z.string()),
  items: z.number().int(),
});

export const listSubmissionsQuery = z.strictObject({
  status: z.enum(submissionStatuses).optional(),
  workflow: z.enum(workflowStates).optional(),
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(500),
});
export type ListSubmissionsQuery = z.infer<typeof listSubmissionsQuery>;

export const submissionRowOut = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  workflow: z.enum(workflowStates),
  status: z.enum(submissionStatuses),
  sentOn: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  items: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SubmissionRowOut = z.infer<typeof submissionRowOut>;

export const scheduleOut = z.object({
  id: z.uuid(),
  titleTemplate: z.string(),
  /** The title the next round will have. */
  nextTitle: z.string().nullable(),
  kinds: z.array(z.enum(periodKinds)),
  style: z.enum(periodStyles),
  dueWorkingDays: z.number().int(),
  reportDueWorkingDays: z.number().int().nullable(),
  includeCommitments: z.boolean(),
  groups: z.array(z.string()),
  documents: z.array(z.object({ id: z.uuid(), number: z.string(), summary: z.string() })),
  units: z.number().int(),
  active: z.boolean(),
  lastPeriodEnd: z.string(),
  /** The next cut-off: the day the next round opens by itself (null when paused). */
  nextOpensOn: z.string().nullable(),
  nextPeriodLabel: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorOn: z.string().nullable(),
  rounds: z.number().int(),
  createdAt: z.string(),
});
export type ScheduleOut = z.infer<typeof scheduleOut>;

export const updateScheduleBody = z.strictObject({
  active: z.boolean().optional(),
  dueWorkingDays: z.number().int().min(0).max(60).optional(),
  titleTemplate: text(500)
    .min(5)
    .refine((t) => t.includes('{period}'), 'Tên phải có {period} ở chỗ ghi kỳ báo cáo')
    .optional(),
});
export type UpdateScheduleBody = z.infer<typeof updateScheduleBody>;
