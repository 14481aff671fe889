// Plan rows and contents → API shapes.
import type { PlanContent, PlanItem } from './content.js';
import type * as repo from './repo.js';

export function presentTask(t: repo.PlanTaskRow, item?: PlanItem) {
  return {
    id: t.id,
    title: t.title,
    documentId: t.documentId,
    documentNumber: t.documentNumber,
    leadNames: t.leadNames,
    coordinatingNames: t.coordinatingNames,
    dueOn: item ? item.dueOn : t.dueOn,
    recurrence: t.recurrence,
    product: t.product,
    authority: t.authority,
    missing: item?.missing ?? t.missingClarity,
    carried: item?.carried ?? false,
  };
}

export function presentPlanRow(p: repo.PlanRow, docs: PlanContent['documents']) {
  return {
    id: p.id,
    year: p.year,
    documents: docs.map((d) => ({
      id: d.id,
      number: d.number,
      type: d.type,
      issuer: d.issuer,
      issuedOn: d.issuedOn,
    })),
    status: p.status,
    number: p.number,
    issuedOn: p.issuedOn,
    documentId: p.documentId,
    createdAt: p.createdAt.toISOString(),
  };
}

export function presentPlan(p: repo.PlanRow, c: PlanContent) {
  return {
    ...presentPlanRow(p, c.documents),
    counts: { tasks: c.items.length, carried: c.carried.length, incomplete: c.incomplete },
    fields: c.byField.map((g) => ({
      field: g.field,
      label: g.label,
      tasks: g.items.map((i) => presentTask(i.task, i)),
    })),
    carried: c.carried.map((i) => presentTask(i.task, i)),
  };
}
