// API shapes of commitments: the register, one commitment, priority, summaries.
import { z } from 'zod';
import {
  commitmentFields,
  commitmentForms,
  completionLevels,
  feasibilities,
  legalCompatibilities,
  legalReportStates,
  partnerKinds,
} from '../../../shared/commitments.js';
import { progressStatuses } from '../../../shared/status.js';
import { isoDate, pageQuery } from '../../lib/http.js';

export const commitmentForm = z.enum(commitmentForms);
export const commitmentField = z.enum(commitmentFields);
export const partnerKind = z.enum(partnerKinds);
export const commitmentStatus = z.enum(progressStatuses);

const text = (max: number) => z.string().trim().max(max);

const commitmentFieldsIn = {
  activityId: z.uuid().nullish(),
  title: text(500).min(3, 'Tên cam kết quá ngắn'),
  form: commitmentForm,
  partner: text(300).min(2, 'Nhập đối tác'),
  partnerKind: partnerKind.optional(),
  country: text(100).min(2, 'Nhập quốc gia'),
  field: commitmentField,
  content: text(20_000).optional(),
  signatories: text(1000).optional(),
  signedOn: isoDate.nullish(),
  effectiveOn: isoDate.nullish(),
  expiresOn: isoDate.nullish(),
  validity: text(300).optional(),
  leadUnitId: z.uuid().nullish(),
  coordinatingUnitIds: z.array(z.uuid()).max(200).optional(),
  provinceAgreement: z.boolean().optional(),
  reportedOn: isoDate.nullish(),
  reportRef: text(200).nullish(),
};

export const createCommitmentBody = z.strictObject(commitmentFieldsIn);
export type CreateCommitmentBody = z.infer<typeof createCommitmentBody>;

export const updateCommitmentBody = z.strictObject({
  ...commitmentFieldsIn,
  title: commitmentFieldsIn.title.optional(),
  form: commitmentForm.optional(),
  partner: commitmentFieldsIn.partner.optional(),
  country: commitmentFieldsIn.country.optional(),
  field: commitmentField.optional(),
});
export type UpdateCommitmentBody = z.infer<typeof updateCommitmentBody>;

export const listCommitmentsQuery = z.strictObject({
  q: text(200).optional(),
  country: text(100).optional(),
  partner: text(200).optional(),
  field: commitmentField.optional(),
  status: commitmentStatus.optional(),
  unitId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  /** Only the first N of the priority order. */
  priorityMax: z.coerce.number().int().min(1).max(100_000).optional(),
  /** Expires between today and N days from today (90 on the register's switch). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  atRisk: z.enum(['true', 'false']).optional(),
  sort: z.enum(['priority', 'signedOn', 'expiresOn', 'progress', 'title']).default('priority'),
  ...pageQuery,
});
export type ListCommitmentsQuery = z.infer<typeof listCommitmentsQuery>;

export const latestReviewOut = z.object({
  id: z.uuid(),
  reviewedOn: z.string(),
  completionLevel: z.enum(completionLevels),
  feasibility: z.enum(feasibilities),
  legalCompatibility: z.enum(legalCompatibilities),
});

export const unitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const commitmentOut = z.object({
  id: z.uuid(),
  activityId: z.uuid().nullable(),
  activityTitle: z.string().nullable(),
  title: z.string(),
  form: commitmentForm,
  partner: z.string(),
  partnerKind: partnerKind,
  country: z.string(),
  field: commitmentField,
  content: z.string(),
  signatories: z.string(),
  signedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  validity: z.string(),
  expiringSoon: z.boolean(),
  leadUnitId: z.uuid().nullable(),
  leadUnit: unitRef.nullable(),
  coordinatingUnitIds: z.array(z.uuid()),
  coordinatingUnits: z.array(unitRef),
  priority: z.number().int().nullable(),
  provinceAgreement: z.boolean(),
  reportedOn: z.string().nullable(),
  reportRef: z.string().nullable(),
  legalReportDueOn: z.string().nullable(),
  legalReport: z.enum(legalReportStates),
  progress: z.number().int().min(0).max(100),
  atRisk: z.boolean(),
  status: commitmentStatus,
  milestoneCount: z.number().int(),
  latestReview: latestReviewOut.nullable(),
  openObstacles: z.number().int(),
  plannedVnd: z.number(),
  spentVnd: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommitmentOut = z.infer<typeof commitmentOut>;

export const priorityBody = z.strictObject({
  /** Commitment ids, first priority first; those left out keep their order after these. */
  ids: z.array(z.uuid()).min(1).max(10_000),
});
export const priorityOut = z.object({ ok: z.literal(true), ranked: z.number().int() });

export const countrySummaryOut = z.array(
  z.object({
    country: z.string(),
    commitments: z.number().int(),
    done: z.number().int(),
    atRisk: z.number().int(),
    averageProgress: z.number().int(),
    openObstacles: z.number().int(),
    plannedVnd: z.number(),
    spentVnd: z.number(),
  }),
);

export const resourceTotalsQuery = z.strictObject({
  by: z.enum(['unit', 'field', 'source']).default('unit'),
});
export const resourceTotalsOut = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    staff: z.number().int(),
    plannedVnd: z.number(),
    spentVnd: z.number(),
    commitments: z.number().int(),
  }),
);

export const exportQuery = listCommitmentsQuery.omit({ page: true, pageSize: true });
export type ExportQuery = z.infer<typeof exportQuery>;
