// API shapes of a unit's report in a round (báo cáo của đơn vị).
import { z } from 'zod';
import { periodKinds } from '../../../shared/periods.js';
import { itemKinds, roundStatuses, submissionStatuses } from '../../../shared/report-rounds.js';
import { assignmentStatuses } from '../../../shared/status.js';
import { workflowStates, workflowStepKinds } from '../../../shared/workflow.js';

const workflowStateSchema = z.enum(workflowStates);
const workflowStepSchema = z.enum(workflowStepKinds);

export const updateSubmissionBody = z.strictObject({
  /** The version the editor read: a save over a newer one is refused (409). */
  version: z.number().int().min(1),
  /** Text per outline section key; sections left out keep their text. */
  narrative: z.record(z.string().regex(/^[a-z0-9_]{1,40}$/), z.string().max(50_000)).optional(),
  /** The unit's comment per pre-filled line. */
  comments: z
    .array(z.strictObject({ itemId: z.uuid(), comment: z.string().trim().max(4000) }))
    .max(2000)
    .optional(),
  /** The files attached (a signed scan…), uploaded first through POST /api/files; the whole set. */
  fileIds: z.array(z.uuid()).max(20).optional(),
});
export type UpdateSubmissionBody = z.infer<typeof updateSubmissionBody>;

export const stepBody = z.strictObject({ note: z.string().trim().max(4000).optional() });
export const returnBody = z.strictObject({
  reason: z.string().trim().min(5, 'Nêu lý do trả lại (ít nhất 5 ký tự)').max(4000),
});

export const itemOut = z.object({
  id: z.uuid(),
  kind: z.enum(itemKinds),
  assignmentId: z.uuid().nullable(),
  commitmentId: z.uuid().nullable(),
  seq: z.number().int(),
  title: z.string(),
  source: z.string(),
  dueOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  status: z.enum(assignmentStatuses),
  progress: z.number().int(),
  product: z.string().nullable(),
  latestNote: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  comment: z.string(),
});

export const submissionOut = z.object({
  id: z.uuid(),
  round: z.object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(periodKinds),
    periodStart: z.string(),
    periodEnd: z.string(),
    periodLabel: z.string(),
    dueOn: z.string(),
    status: z.enum(roundStatuses),
    outline: z.array(z.object({ key: z.string(), title: z.string(), hint: z.string() })),
  }),
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  workflow: workflowStateSchema,
  status: z.enum(submissionStatuses),
  version: z.number().int(),
  narrative: z.record(z.string(), z.string()),
  sentOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  items: z.array(itemOut),
  files: z.array(z.object({ id: z.uuid(), name: z.string(), size: z.number().int(), mime: z.string() })),
  events: z.array(
    z.object({
      kind: workflowStepSchema,
      workflow: workflowStateSchema,
      note: z.string().nullable(),
      actorName: z.string(),
      at: z.string(),
    }),
  ),
  /** What the reader may do now. */
  canEdit: z.boolean(),
  steps: z.array(workflowStepSchema),
  updatedAt: z.string(),
});
export type SubmissionOut = z.infer<typeof submissionOut>;

export const ratesQuery = z.strictObject({
  unitId: z.uuid().optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type RatesQuery = z.infer<typeof ratesQuery>;

export const rateOut = z.object({
  unit: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  rounds: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  notDue: z.number().int(),
  /** On time over the reports due, in % (one decimal); null when none was due yet. */
  rate: z.number().nullable(),
});
