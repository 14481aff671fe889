import type { ClarityElement } from '../../../shared/clarity.js';
import { recurrenceLabel } from '../../../shared/recurrence.js';
import type { TaskListRow } from './repo.js';
import type { TaskOut } from './schema.js';

export function presentTask(row: TaskListRow): TaskOut {
  return {
    id: row.id,
    documentId: row.documentId,
    documentNumber: row.documentNumber,
    seq: row.seq,
    title: row.title,
    leadUnitId: row.leadUnitId,
    leadUnitName: row.leadUnitName,
    personInCharge: row.personInCharge,
    coordinatingUnitIds: row.coordinatingUnitIds,
    coordinatingUnitNames: row.coordinatingUnitNames ?? [],
    responsibility: row.responsibility,
    dueOn: row.dueOn,
    recurrence: row.recurrence,
    recurrenceLabel: row.recurrence ? recurrenceLabel(row.recurrence) : null,
    product: row.product,
    authority: row.authority,
    missingClarity: row.missingClarity as ClarityElement[],
    assignmentCount: Number(row.assignmentCount),
    submittedCount: Number(row.submittedCount),
    acceptedCount: Number(row.acceptedCount),
    overdueCount: Number(row.overdueCount),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
