// The overlap review: the proposals are computed from the tasks on every read (shared/overlap.ts;
// nothing to keep in step), decisions are stored. A decision re-runs the review under a lock in
// its own transaction, so the group settled is exactly the one still proposed.
import { createHash } from 'node:crypto';
import { type OverlapGroup, type OverlapTask, pairKey, reviewOverlaps } from '../../../shared/overlap.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { overlapPolicy } from './policy.js';
import * as repo from './repo.js';
import type { DecisionBody, ListOverlapsQuery } from './schema.js';

/** A group's id: the same tasks always give the same id (a UUID built from their ids). */
export function groupId(taskIds: readonly string[]): string {
  const h = createHash('sha1')
    .update([...taskIds].sort().join(','))
    .digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function toOverlapTask(r: repo.ReviewTaskRow): OverlapTask {
  return {
    id: r.id,
    title: r.title,
    leadUnitIds: r.leadUnitIds,
    unitIds: r.unitIds,
    from: r.documentIssuedOn,
    to: r.dueOn ?? r.lastDueOn,
    territorial: r.territorial,
  };
}

export type ProposedGroup = OverlapGroup & { id: string };

/** Every group the review proposes now, best first, and the tasks it read. */
export async function proposedGroups(db: Db) {
  const [rows, settled] = await Promise.all([repo.reviewTasks(db), repo.settledPairs(db)]);
  const settledKeys = new Set(settled.map((p) => pairKey(p.taskA, p.taskB)));
  const { groups } = reviewOverlaps(rows.map(toOverlapTask), { settled: settledKeys });
  return {
    rows: new Map(rows.map((r) => [r.id, r])),
    groups: groups.map((g): ProposedGroup => ({ ...g, id: groupId(g.taskIds) })),
  };
}

/** The earlier document first: the task a later plan restates comes before its restatement. */
const byDocumentDate = (rows: repo.ReviewTaskRow[]) =>
  rows.sort(
    (a, b) =>
      (a.documentIssuedOn ?? '9999').localeCompare(b.documentIssuedOn ?? '9999') ||
      a.documentNumber.localeCompare(b.documentNumber) ||
      a.id.localeCompare(b.id),
  );

export interface GroupView {
  id: string;
  score: number;
  status: 'open' | 'settled';
  tasks: repo.ReviewTaskRow[];
  pairs: OverlapGroup['pairs'];
  decision: repo.DecisionView | null;
}

async function settledGroups(db: Db): Promise<GroupView[]> {
  const decisions = await repo.listDecisions(db);
  const rows = new Map(
    (await repo.tasksByIds(db, [...new Set(decisions.flatMap((d) => d.taskIds))])).map((r) => [r.id, r]),
  );
  return decisions.map((d) => ({
    id: d.id,
    score: d.score,
    status: 'settled',
    tasks: byDocumentDate(d.taskIds.map((id) => rows.get(id)).filter((r): r is repo.ReviewTaskRow => !!r)),
    pairs: [],
    decision: d,
  }));
}

export async function listOverlaps(db: Db, actor: Actor, q: ListOverlapsQuery) {
  overlapPolicy.assertRead(actor);
  let views: GroupView[] = [];
  if (q.status !== 'settled') {
    const { rows, groups } = await proposedGroups(db);
    views = groups.map((g) => ({
      id: g.id,
      score: g.score,
      status: 'open',
      tasks: byDocumentDate(g.taskIds.map((id) => rows.get(id)!)),
      pairs: g.pairs,
      decision: null,
    }));
  }
  if (q.status !== 'open') views = views.concat(await settledGroups(db));
  if (q.decision) views = views.filter((v) => v.decision?.decision === q.decision);
  if (q.unitId) views = views.filter((v) => v.tasks.some((t) => t.leadUnitIds.includes(q.unitId!)));
  const start = (q.page - 1) * q.pageSize;
  return {
    views: views.slice(start, start + q.pageSize),
    total: views.length,
    units: await repo.unitsInfo(db),
  };
}

/** Per unit (a lead of one of the group's tasks): the groups found and how they were settled. */
export async function overlapSummary(db: Db, actor: Actor) {
  overlapPolicy.assertRead(actor);
  const [{ rows, groups }, settled, units] = await Promise.all([
    proposedGroups(db),
    settledGroups(db),
    repo.unitsInfo(db),
  ]);
  const totals = { open: groups.length, duplicate: 0, related: 0, distinct: 0 };
  const perUnit = new Map<
    string,
    { found: number; open: number; duplicate: number; related: number; distinct: number }
  >();
  const count = (leads: Iterable<string>, key: 'open' | 'duplicate' | 'related' | 'distinct') => {
    for (const u of new Set(leads)) {
      const row = perUnit.get(u) ?? { found: 0, open: 0, duplicate: 0, related: 0, distinct: 0 };
      perUnit.set(u, row);
      row.found++;
      row[key]++;
    }
  };
  for (const g of groups)
    count(
      g.taskIds.flatMap((id) => rows.get(id)!.leadUnitIds),
      'open',
    );
  for (const s of settled) {
    const d = s.decision!.decision;
    totals[d]++;
    count(
      s.tasks.flatMap((t) => t.leadUnitIds),
      d,
    );
  }
  return {
    tasksReviewed: rows.size,
    ...totals,
    units: [...perUnit]
      .map(([unitId, c]) => ({
        unitId,
        unitName: units.get(unitId)?.name ?? '',
        kind: units.get(unitId)?.kind ?? '',
        ...c,
      }))
      .sort((a, b) => b.found - a.found || a.unitName.localeCompare(b.unitName, 'vi')),
  };
}

/**
 * Settles a proposed group. Under the review lock, in one transaction: the review is run again
 * and the group must still be proposed as it was (same tasks, hence same id); then the decision,
 * every pair of the group, the links of the duplicates to the main task, and the audit entries.
 */
export async function decide(db: Db, actor: Actor, id: string, body: DecisionBody) {
  overlapPolicy.assertDecide(actor);
  if (body.decision !== 'duplicate' && body.mainTaskId) throw new AppError('OVERLAP_MAIN_TASK_INVALID');
  await db.transaction(async (tx) => {
    await repo.lockReview(tx);
    const { groups } = await proposedGroups(tx);
    const group = groups.find((g) => g.id === id);
    if (!group) {
      if (await repo.findDecision(tx, id)) throw new AppError('OVERLAP_ALREADY_DECIDED');
      throw new AppError('OVERLAP_NOT_FOUND');
    }
    let mainTaskId: string | null = null;
    if (body.decision === 'duplicate') {
      if (!body.mainTaskId) throw new AppError('OVERLAP_MAIN_TASK_REQUIRED');
      if (!group.taskIds.includes(body.mainTaskId)) throw new AppError('OVERLAP_MAIN_TASK_INVALID');
      mainTaskId = body.mainTaskId;
    }
    const pairs: [string, string][] = [];
    for (let i = 0; i < group.taskIds.length; i++)
      for (let j = i + 1; j < group.taskIds.length; j++) {
        const [a, b] = [group.taskIds[i]!, group.taskIds[j]!].sort() as [string, string];
        pairs.push([a, b]);
      }
    const row = await repo.insertDecision(
      tx,
      {
        id,
        decision: body.decision,
        taskIds: group.taskIds,
        mainTaskId,
        score: group.score,
        note: body.note ?? '',
        decidedBy: actor.id,
      },
      pairs,
    );
    await recordAudit(tx, actor, { entity: 'overlap', entityId: id, action: 'decide', after: row });
    if (mainTaskId) {
      const others = group.taskIds.filter((t) => t !== mainTaskId);
      const before = new Map((await repo.findTasks(tx, others)).map((t) => [t.id, t]));
      for (const after of await repo.linkDuplicates(tx, mainTaskId, others))
        await recordAudit(tx, actor, {
          entity: 'task',
          entityId: after.id,
          action: 'mark_duplicate',
          unitId: after.leadUnitId,
          before: before.get(after.id),
          after,
        });
    }
  });
  const [view] = (await settledGroups(db)).filter((g) => g.id === id);
  return { view: view!, units: await repo.unitsInfo(db) };
}

/**
 * Withdraws a decision taken by mistake, under the review lock in one transaction: the duplicates
 * are unlinked from the main task (each counted again on its own), the pairs are forgotten so the
 * review proposes the group again if it still finds it, and the decision leaves the audit log
 * with its reason.
 */
export async function withdraw(db: Db, actor: Actor, id: string, reason: string) {
  overlapPolicy.assertDecide(actor);
  await db.transaction(async (tx) => {
    await repo.lockReview(tx);
    const decision = await repo.findDecision(tx, id);
    if (!decision) throw new AppError('OVERLAP_DECISION_NOT_FOUND');
    if (decision.decision === 'duplicate' && decision.mainTaskId) {
      const others = decision.taskIds.filter((t) => t !== decision.mainTaskId);
      const before = new Map((await repo.findTasks(tx, others)).map((t) => [t.id, t]));
      for (const after of await repo.unlinkDuplicates(tx, decision.mainTaskId, others))
        await recordAudit(tx, actor, {
          entity: 'task',
          entityId: after.id,
          action: 'unmark_duplicate',
          unitId: after.leadUnitId,
          before: before.get(after.id),
          after,
        });
    }
    await repo.deleteDecision(tx, id);
    await recordAudit(tx, actor, {
      entity: 'overlap',
      entityId: id,
      action: 'withdraw',
      before: decision,
      after: { reason },
    });
  });
}
