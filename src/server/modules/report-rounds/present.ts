// Report round rows → API shapes.
import { describePeriod } from '../../../shared/report-rounds.js';
import type { RoundCounts, RoundRow } from './repo.js';
import type { RoundOut, SubmissionRowOut } from './schema.js';

export function presentRound(
  r: RoundRow,
  counts: RoundCounts,
  documents: { id: string; number: string; summary: string }[],
  mySubmissionId: string | null,
): RoundOut {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    style: r.style,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    periodLabel: describePeriod(r.kind, r.style, r.periodStart, r.periodEnd),
    dueOn: r.dueOn,
    dueWorkingDays: r.dueWorkingDays,
    reportDueOn: r.reportDueOn,
    includeCommitments: r.includeCommitments,
    groups: r.groups,
    documents: r.documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    outline: r.outline,
    status: r.status,
    openedOn: r.openedOn,
    scheduleId: r.scheduleId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    mySubmissionId,
    ...counts,
  };
}

export function presentSubmissionRow(r: {
  id: string;
  roundId: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  workflow: SubmissionRowOut['workflow'];
  status: SubmissionRowOut['status'];
  sentOn: string | null;
  acceptedAt: Date | null;
  returnReason: string | null;
  items: number;
  version: number;
  updatedAt: Date;
}): SubmissionRowOut {
  return {
    id: r.id,
    roundId: r.roundId,
    unit: { id: r.unitId, name: r.unitName, kind: r.unitKind },
    workflow: r.workflow,
    status: r.status,
    sentOn: r.sentOn,
    acceptedAt: r.acceptedAt ? new Date(r.acceptedAt).toISOString() : null,
    returnReason: r.returnReason,
    items: Number(r.items),
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
