// What an annual plan holds, computed from the programme's tasks (a draft) or from the issued
// plan's items: the tasks of the year by field, those carried over from the year before, and
// which of them miss one of the "6 rõ".
import {
  carriedInto,
  inPlanYear,
  type PlanField,
  planDueOn,
  planFieldLabels,
  planFieldOf,
  planFields,
} from '../../../shared/annual-plan.js';
import { type ClarityElement, clarityElements } from '../../../shared/clarity.js';
import type { Db } from '../../db/client.js';
import * as repo from './repo.js';

export interface PlanItem {
  task: repo.PlanTaskRow;
  field: PlanField;
  carried: boolean;
  /** The deadline the plan gives it for the year. */
  dueOn: string | null;
  missing: ClarityElement[];
  /** The programme task it restates (issued plans). */
  sourceTaskId: string | null;
}

export interface PlanContent {
  year: number;
  documents: Awaited<ReturnType<typeof repo.documentsByIds>>;
  items: PlanItem[];
  byField: { field: PlanField; label: string; items: PlanItem[] }[];
  carried: PlanItem[];
  incomplete: number;
}

const clarityOrder = (m: string[]) => clarityElements.filter((e) => m.includes(e)) as ClarityElement[];

function arrange(year: number, documents: PlanContent['documents'], items: PlanItem[]): PlanContent {
  const current = items.filter((i) => !i.carried);
  return {
    year,
    documents,
    items,
    byField: planFields
      .map((field) => ({
        field,
        label: planFieldLabels[field],
        items: current.filter((i) => i.field === field),
      }))
      .filter((g) => g.items.length),
    carried: items.filter((i) => i.carried),
    incomplete: items.filter((i) => i.missing.length).length,
  };
}

/** A draft: the programme's tasks whose work runs in the year, and last year's unfinished ones. */
export async function draftContent(db: Db, year: number, documentIds: string[]): Promise<PlanContent> {
  const [docs, tasks] = await Promise.all([
    repo.documentsByIds(db, documentIds),
    repo.programmeTasks(db, documentIds),
  ]);
  const items: PlanItem[] = [];
  for (const t of tasks) {
    const dates = { dueOn: t.dueOn, recurrence: t.recurrence, issuedOn: t.documentIssuedOn };
    const carried = carriedInto({ ...dates, finished: t.finished }, year);
    if (!carried && !inPlanYear(dates, year)) continue;
    items.push({
      task: t,
      field: planFieldOf(t.title, t.leadUnitCode),
      carried,
      dueOn: planDueOn(dates, year),
      missing: clarityOrder(t.missingClarity),
      sourceTaskId: null,
    });
  }
  return arrange(year, docs, items);
}

/** An issued plan: its own tasks, as registered. */
export async function issuedContent(db: Db, plan: repo.PlanRow): Promise<PlanContent> {
  const [docs, items] = await Promise.all([
    repo.documentsByIds(db, plan.documentIds),
    repo.itemsOf(db, plan.id),
  ]);
  const ids = items.flatMap((i) => (i.sourceTaskId ? [i.taskId, i.sourceTaskId] : [i.taskId]));
  const tasks = new Map((await repo.tasksByIds(db, ids)).map((t) => [t.id, t]));
  const out: PlanItem[] = [];
  for (const i of items) {
    const t = tasks.get(i.taskId);
    if (!t) continue;
    const src = i.sourceTaskId ? tasks.get(i.sourceTaskId) : undefined;
    out.push({
      // the units and the "6 rõ" as the programme's task holds them (its assignments stay there)
      task: src
        ? {
            ...t,
            leadNames: src.leadNames,
            coordinatingNames: src.coordinatingNames,
            missingClarity: src.missingClarity,
          }
        : t,
      field: i.field,
      carried: i.carried,
      dueOn: t.dueOn,
      missing: clarityOrder(src?.missingClarity ?? t.missingClarity),
      sourceTaskId: i.sourceTaskId,
    });
  }
  out.sort((x, y) => x.task.seq - y.task.seq);
  return arrange(plan.year, docs, out);
}

/**
 * The programme's tasks over several years (the 2026–2030 view): one-off tasks under the year
 * they are due, recurring ones apart (every year), those without a time apart (they lack rõ
 * thời gian), and those due before the first year and not finished.
 */
export async function outlook(db: Db, documentIds: string[], from: number, to: number) {
  const tasks = await repo.programmeTasks(db, documentIds);
  const yearOf = (t: repo.PlanTaskRow) => (t.dueOn ? Number(t.dueOn.slice(0, 4)) : null);
  const years = [];
  for (let y = from; y <= to; y++)
    years.push({ year: y, tasks: tasks.filter((t) => !t.recurrence && yearOf(t) === y) });
  return {
    years,
    recurring: tasks.filter((t) => t.recurrence),
    undated: tasks.filter((t) => !t.recurrence && !t.dueOn),
    unfinishedBefore: tasks.filter((t) => !t.recurrence && (yearOf(t) ?? from) < from && !t.finished),
  };
}
