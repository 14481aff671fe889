// Review rows → API shapes.
import type * as repo from './repo.js';
import type { OverlapGroupOut } from './schema.js';
import type { GroupView } from './service.js';

type Units = Map<string, { name: string; kind: string }>;

function presentTask(t: repo.ReviewTaskRow, units: Units) {
  return {
    id: t.id,
    title: t.title,
    documentId: t.documentId,
    documentNumber: t.documentNumber,
    documentIssuedOn: t.documentIssuedOn,
    leadUnitId: t.leadUnitId,
    leadUnitName: t.leadUnitName,
    leadUnitNames: t.leadUnitIds
      .map((id) => units.get(id)?.name ?? '')
      .filter(Boolean)
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .slice(0, 5),
    leadUnitCount: t.leadUnitIds.length,
    dueOn: t.dueOn,
    recurrence: t.recurrence,
    duplicateOfId: t.duplicateOfId,
  };
}

export function presentGroup(g: GroupView, units: Units): OverlapGroupOut {
  return {
    id: g.id,
    score: g.score,
    status: g.status,
    tasks: g.tasks.map((t) => presentTask(t, units)),
    pairs: g.pairs,
    decision: g.decision
      ? {
          decision: g.decision.decision,
          mainTaskId: g.decision.mainTaskId,
          note: g.decision.note,
          decidedByName: g.decision.decidedByName,
          decidedAt: g.decision.decidedAt.toISOString(),
        }
      : null,
  };
}
