// Rows → API shapes of commitments and their reviews, milestones and resources.
import {
  type CommitmentField,
  type CompletionLevel,
  type Feasibility,
  isExpiringSoon,
  isMilestoneOverdue,
  type LegalCompatibility,
  legalReportDueOn,
  legalReportState,
} from '../../../shared/commitments.js';
import type { ProgressStatus } from '../../../shared/status.js';
import type { RegisterRow } from './register-repo.js';
import type { MilestoneWithUnit, ResourceWithUnit, ReviewWithNames } from './roadmap-repo.js';
import type { CommitmentOut } from './schema.js';

export function presentCommitment(row: RegisterRow, today: string): CommitmentOut {
  return {
    id: row.id,
    activityId: row.activityId,
    activityTitle: row.activityTitle,
    title: row.title,
    form: row.form,
    partner: row.partner,
    partnerKind: row.partnerKind,
    country: row.country,
    field: row.field as CommitmentField,
    content: row.content,
    signatories: row.signatories,
    signedOn: row.signedOn,
    effectiveOn: row.effectiveOn,
    expiresOn: row.expiresOn,
    validity: row.validity,
    expiringSoon: isExpiringSoon(row.expiresOn, today),
    leadUnitId: row.leadUnit?.id ?? null,
    leadUnit: row.leadUnit,
    coordinatingUnitIds: row.coordinatingUnits.map((u) => u.id),
    coordinatingUnits: row.coordinatingUnits,
    priority: row.priority,
    provinceAgreement: row.provinceAgreement,
    reportedOn: row.reportedOn,
    reportRef: row.reportRef,
    legalReportDueOn: row.provinceAgreement && row.signedOn ? legalReportDueOn(row.signedOn) : null,
    legalReport: legalReportState(row, today),
    progress: row.progress,
    atRisk: row.atRisk,
    status: row.status as ProgressStatus,
    milestoneCount: row.milestoneCount,
    latestReview: row.latestReview
      ? {
          ...row.latestReview,
          completionLevel: row.latestReview.completionLevel as CompletionLevel,
          feasibility: row.latestReview.feasibility as Feasibility,
          legalCompatibility: row.latestReview.legalCompatibility as LegalCompatibility,
        }
      : null,
    openObstacles: row.openObstacles,
    plannedVnd: row.plannedVnd,
    spentVnd: row.spentVnd,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentReview(r: ReviewWithNames) {
  return {
    id: r.id,
    commitmentId: r.commitmentId,
    reviewedOn: r.reviewedOn,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewerName,
    unitId: r.unitId,
    unitName: r.unitName,
    done: r.done,
    notDone: r.notDone,
    difficulties: r.difficulties,
    causes: r.causes,
    legalCompatibility: r.legalCompatibility,
    legalBasis: r.legalBasis,
    localFit: r.localFit,
    feasibility: r.feasibility,
    completionLevel: r.completionLevel,
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentMilestone(m: MilestoneWithUnit, today: string) {
  return {
    id: m.id,
    commitmentId: m.commitmentId,
    seq: m.seq,
    title: m.title,
    deliverable: m.deliverable,
    dueOn: m.dueOn,
    weight: m.weight,
    unitId: m.unitId,
    unitName: m.unitName,
    progress: m.progress,
    completedOn: m.completedOn,
    note: m.note,
    overdue: isMilestoneOverdue(m, today),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function presentResource(r: ResourceWithUnit) {
  return {
    id: r.id,
    commitmentId: r.commitmentId,
    unitId: r.unitId,
    unitName: r.unitName,
    source: r.source,
    staff: r.staff,
    plannedVnd: r.plannedVnd,
    spentVnd: r.spentVnd,
    note: r.note,
  };
}
