// API shapes of a commitment's reviews, roadmap milestones, resources and timeline.
import { z } from 'zod';
import {
  budgetSources,
  completionLevels,
  feasibilities,
  legalCompatibilities,
} from '../../../shared/commitments.js';
import { isoDate } from '../../lib/http.js';

const text = (max: number) => z.string().trim().max(max);

export const commitmentParam = z.strictObject({ id: z.uuid('Mã không hợp lệ') });
export const milestoneParam = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
export const resourceParam = z.strictObject({ id: z.uuid(), resourceId: z.uuid() });

export const createReviewBody = z.strictObject({
  reviewedOn: isoDate.optional(),
  done: text(10_000).optional(),
  notDone: text(10_000).optional(),
  difficulties: text(10_000).optional(),
  causes: text(10_000).optional(),
  legalCompatibility: z.enum(legalCompatibilities),
  legalBasis: text(5000).optional(),
  localFit: text(5000).optional(),
  feasibility: z.enum(feasibilities),
  completionLevel: z.enum(completionLevels),
});
export type CreateReviewBody = z.infer<typeof createReviewBody>;

export const reviewOut = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  reviewedOn: z.string(),
  reviewerId: z.uuid().nullable(),
  reviewerName: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  done: z.string(),
  notDone: z.string(),
  difficulties: z.string(),
  causes: z.string(),
  legalCompatibility: z.enum(legalCompatibilities),
  legalBasis: z.string(),
  localFit: z.string(),
  feasibility: z.enum(feasibilities),
  completionLevel: z.enum(completionLevels),
  createdAt: z.string(),
});

const progress = z.number().int().min(0, 'Tiến độ từ 0 đến 100').max(100, 'Tiến độ từ 0 đến 100');
const weight = z.number().int().min(1, 'Trọng số từ 1 đến 100').max(100, 'Trọng số từ 1 đến 100');

export const createMilestoneBody = z.strictObject({
  title: text(500).min(2, 'Nhập tên mốc'),
  deliverable: text(1000).optional(),
  dueOn: isoDate.nullish(),
  weight: weight.default(1),
  unitId: z.uuid().nullish(),
  progress: progress.default(0),
  seq: z.number().int().min(0).max(10_000).optional(),
  note: text(5000).nullish(),
});
export type CreateMilestoneBody = z.infer<typeof createMilestoneBody>;

export const updateMilestoneBody = z.strictObject({
  title: text(500).min(2).optional(),
  deliverable: text(1000).optional(),
  dueOn: isoDate.nullish(),
  weight: weight.optional(),
  unitId: z.uuid().nullish(),
  progress: progress.optional(),
  seq: z.number().int().min(0).max(10_000).optional(),
  note: text(5000).nullish(),
});
export type UpdateMilestoneBody = z.infer<typeof updateMilestoneBody>;

export const milestoneOut = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  seq: z.number().int(),
  title: z.string(),
  deliverable: z.string(),
  dueOn: z.string().nullable(),
  weight: z.number().int(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  progress: z.number().int(),
  completedOn: z.string().nullable(),
  note: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
});

/** A milestone change answers with the milestone and the commitment's new roll-up. */
export const milestoneChangeOut = z.object({
  milestone: milestoneOut,
  commitment: z.object({ progress: z.number().int(), atRisk: z.boolean(), status: z.string() }),
});

const vnd = z.number().int('Số tiền phải là số nguyên (đồng)').min(0).max(1e15);

export const createResourceBody = z.strictObject({
  unitId: z.uuid().nullish(),
  source: z.enum(budgetSources),
  staff: z.number().int().min(0).max(100_000).default(0),
  plannedVnd: vnd.default(0),
  spentVnd: vnd.default(0),
  note: text(2000).optional(),
});
export type CreateResourceBody = z.infer<typeof createResourceBody>;

export const updateResourceBody = z.strictObject({
  unitId: z.uuid().nullish(),
  source: z.enum(budgetSources).optional(),
  staff: z.number().int().min(0).max(100_000).optional(),
  plannedVnd: vnd.optional(),
  spentVnd: vnd.optional(),
  note: text(2000).optional(),
});
export type UpdateResourceBody = z.infer<typeof updateResourceBody>;

export const resourceOut = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  source: z.enum(budgetSources),
  staff: z.number().int(),
  plannedVnd: z.number(),
  spentVnd: z.number(),
  note: z.string(),
});

export const timelineKinds = [
  'activity',
  'signed',
  'created',
  'update',
  'review',
  'milestone',
  'obstacle',
  'resource',
  'report',
] as const;
export const timelineOut = z.array(
  z.object({
    at: z.string(),
    kind: z.enum(timelineKinds),
    title: z.string(),
    detail: z.string().nullable(),
    actorName: z.string().nullable(),
  }),
);
export type TimelineItem = z.infer<typeof timelineOut>[number];
