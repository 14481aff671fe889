import { z } from 'zod';
import { clarityElements } from '../../../shared/clarity.js';
import { isoDate, pageQuery } from '../../lib/http.js';

export const clarityElement = z.enum(clarityElements);

export const taskOut = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  documentNumber: z.string(),
  seq: z.number().int(),
  /** rõ việc */
  title: z.string(),
  /** rõ người */
  leadUnitId: z.uuid().nullable(),
  leadUnitName: z.string().nullable(),
  personInCharge: z.string().nullable(),
  /** rõ trách nhiệm: lead vs coordinating units, and the written split */
  coordinatingUnitIds: z.array(z.uuid()),
  coordinatingUnitNames: z.array(z.string()),
  responsibility: z.string().nullable(),
  /** rõ thời gian */
  dueOn: z.string().nullable(),
  recurrence: z.string().nullable(),
  recurrenceLabel: z.string().nullable(),
  /** rõ sản phẩm, rõ thẩm quyền */
  product: z.string().nullable(),
  authority: z.string().nullable(),
  /** The "6 rõ" elements the task lacks: person, work, time, responsibility, product, authority. */
  missingClarity: z.array(clarityElement),
  assignmentCount: z.number().int(),
  submittedCount: z.number().int(),
  /** Of those submitted, accepted by Sở Ngoại vụ: the units whose work is done. */
  acceptedCount: z.number().int(),
  overdueCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaskOut = z.infer<typeof taskOut>;

const text = (max: number) => z.string().trim().max(max);

const taskFields = {
  seq: z.number().int().min(0).max(100_000).optional(),
  title: text(2000).min(2, 'Nhập nội dung nhiệm vụ'),
  leadUnitId: z.uuid().nullish(),
  coordinatingUnitIds: z.array(z.uuid()).max(200).optional(),
  personInCharge: text(200).nullish(),
  dueOn: isoDate.nullish(),
  /** "yearly:15/12", "quarterly:15"… or a phrase such as "Hằng năm, trước ngày 15/12". */
  recurrence: text(200).nullish(),
  responsibility: text(2000).nullish(),
  product: text(500).nullish(),
  authority: text(500).nullish(),
};

export const createTaskBody = z.strictObject({ documentId: z.uuid(), ...taskFields });
export type CreateTaskBody = z.infer<typeof createTaskBody>;

export const updateTaskBody = z.strictObject({ ...taskFields, title: taskFields.title.optional() });
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

export const taskSorts = ['seq', 'dueOn', '-dueOn', 'createdAt', '-createdAt', 'title'] as const;

export const listTasksQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  documentId: z.uuid().optional(),
  leadUnitId: z.uuid().optional(),
  /** Tasks given to this unit (lead, coordinator or assigned). */
  unitId: z.uuid().optional(),
  /** true: only tasks that do not meet "6 rõ"; false: only those that do. */
  incomplete: z.enum(['true', 'false']).optional(),
  /** Only tasks lacking this element. */
  missing: clarityElement.optional(),
  sort: z.enum(taskSorts).default('seq'),
  ...pageQuery,
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;
export const exportTasksQuery = listTasksQuery.omit({ page: true, pageSize: true });

export const importTasksFields = z.object({
  documentId: z.uuid('Chọn văn bản để nhập nhiệm vụ'),
  dryRun: z.enum(['true', 'false']).default('true'),
  /** Also give each task to its lead and coordinating units. */
  assign: z.enum(['true', 'false']).default('true'),
});

export const importRowError = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});

export const importTasksResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  assignments: z.number().int(),
  errors: z.array(importRowError),
  rows: z.array(
    z.object({
      row: z.number().int(),
      seq: z.number().int(),
      title: z.string(),
      leadUnitName: z.string().nullable(),
      coordinatingUnitNames: z.array(z.string()),
      dueOn: z.string().nullable(),
      recurrence: z.string().nullable(),
      product: z.string().nullable(),
      missingClarity: z.array(clarityElement),
    }),
  ),
});
export type ImportTasksResult = z.infer<typeof importTasksResult>;
