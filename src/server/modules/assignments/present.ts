import { periodLabel } from '../../../shared/recurrence.js';
import { computeStatus } from '../../../shared/status.js';
import type { AssignmentListRow } from './repo.js';
import type { AssignmentOut } from './schema.js';

/** The list reads timestamps as ISO text already; single records come as Dates. */
const iso = (d: Date | string | null) => (d === null || typeof d === 'string' ? d : d.toISOString());

export function presentAssignment(row: AssignmentListRow, today: string): AssignmentOut {
  return {
    id: row.id,
    taskId: row.taskId,
    commitmentId: row.commitmentId,
    title: row.title,
    documentId: row.documentId,
    documentNumber: row.documentNumber,
    unitId: row.unitId,
    unitName: row.unitName,
    unitCode: row.unitCode,
    role: row.role,
    period: row.period,
    periodLabel: periodLabel(row.period),
    dueOn: row.dueOn,
    progress: row.progress,
    status: computeStatus(row, today),
    completedOn: row.completedOn,
    workflow: row.workflow,
    submittedAt: iso(row.submittedAt),
    returnReason: row.returnReason,
    productNumber: row.productNumber,
    productDate: row.productDate,
    productFileId: row.productFileId,
    productFileName: row.productFileName,
    urgeCount: Number(row.urgeCount ?? 0),
    lastUrgedOn: row.lastUrgedOn ?? null,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

type EventRow = Awaited<ReturnType<typeof import('./repo.js').eventsOf>>[number];

export function presentEvent(e: EventRow) {
  return {
    id: e.id,
    kind: e.kind,
    progress: e.progress,
    note: e.note,
    fileId: e.fileId,
    fileName: e.fileName,
    productNumber: e.productNumber,
    productDate: e.productDate,
    workflow: e.workflow,
    actorName: e.actorName,
    at: e.at.toISOString(),
  };
}
