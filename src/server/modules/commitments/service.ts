// Commitment rules: register, edit, delete, the priority order; the lead and coordinating units
// become `assignments` rows, whose progress and deadline follow the roadmap.
import { rollUpProgress } from '../../../shared/commitments.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { type Actor, isUnitMember } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { commitmentPolicy, type UnitRole } from './policy.js';
import { listRegister, type RegisterRow } from './register-repo.js';
import * as repo from './repo.js';
import * as roadmap from './roadmap-repo.js';
import type { CreateCommitmentBody, ListCommitmentsQuery, UpdateCommitmentBody } from './schema.js';

export type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** The commitment and the reader's unit role on it; 404 when outside the reader's scope. */
export async function loadForActor(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: repo.CommitmentRow; role: UnitRole }> {
  const row = await repo.findCommitment(db, id);
  if (!row) throw new AppError('COMMITMENT_NOT_FOUND');
  const role = isUnitMember(actor) ? await repo.unitRole(db, id, actor.unitId) : null;
  commitmentPolicy.assertRead(actor, role);
  return { row, role };
}

export async function listCommitments(ctx: Ctx, actor: Actor, q: ListCommitmentsQuery) {
  return listRegister(
    ctx.db,
    { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    commitmentPolicy.scope(actor),
    ctx.clock.today(),
  );
}

export async function getCommitment(ctx: Ctx, actor: Actor, id: string): Promise<RegisterRow> {
  const { rows } = await listRegister(
    ctx.db,
    { ids: [id], sort: 'priority', limit: 1, offset: 0 },
    commitmentPolicy.scope(actor),
    ctx.clock.today(),
  );
  if (!rows[0]) throw new AppError('COMMITMENT_NOT_FOUND');
  return rows[0];
}

function checkDates(v: { signedOn?: string | null; expiresOn?: string | null; reportedOn?: string | null }) {
  if (v.signedOn && v.expiresOn && v.expiresOn < v.signedOn)
    throw new AppError('COMMITMENT_DATES_INVALID', 'Ngày hết hiệu lực phải sau ngày ký.');
  if (v.signedOn && v.reportedOn && v.reportedOn < v.signedOn)
    throw new AppError('COMMITMENT_DATES_INVALID', 'Ngày báo cáo Thủ tướng phải từ ngày ký trở đi.');
}

async function checkReferences(
  db: Db,
  v: { activityId?: string | null; leadUnitId?: string | null; coordinatingUnitIds?: string[] },
) {
  if (v.activityId && !(await repo.findActivityTitle(db, v.activityId)))
    throw new AppError('ACTIVITY_NOT_FOUND');
  const ids = [...(v.leadUnitId ? [v.leadUnitId] : []), ...(v.coordinatingUnitIds ?? [])];
  const found = await repo.activeUnitIds(db, ids);
  if (ids.some((id) => !found.has(id))) throw new AppError('COMMITMENT_UNIT_INVALID');
}

export async function createCommitment(ctx: Ctx, actor: Actor, body: CreateCommitmentBody) {
  commitmentPolicy.assertManage(actor);
  checkDates(body);
  await checkReferences(ctx.db, body);
  const id = await ctx.db.transaction(async (tx) => {
    const { leadUnitId, coordinatingUnitIds, ...fields } = body;
    const coords = uniqueCoordinators(leadUnitId ?? null, coordinatingUnitIds ?? []);
    const row = await repo.insertCommitment(tx, {
      ...fields,
      activityId: fields.activityId ?? null,
      leadUnitId: leadUnitId ?? null,
      coordinatingUnitIds: coords,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: row.id,
      action: 'create',
      unitId: row.leadUnitId,
      after: row,
    });
    await syncUnits(tx, actor, row, ctx.clock.today());
    return row.id;
  });
  return getCommitment(ctx, actor, id);
}

export async function updateCommitment(ctx: Ctx, actor: Actor, id: string, body: UpdateCommitmentBody) {
  commitmentPolicy.assertManage(actor);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findCommitment(tx, id);
    if (!before) throw new AppError('COMMITMENT_NOT_FOUND');
    const patch = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== undefined),
    ) as Partial<repo.NewCommitment>;
    const next = { ...before, ...patch };
    checkDates(next);
    await checkReferences(tx, patch);
    if (body.leadUnitId !== undefined || body.coordinatingUnitIds !== undefined)
      patch.coordinatingUnitIds = uniqueCoordinators(next.leadUnitId, next.coordinatingUnitIds);
    const row = await repo.updateCommitment(tx, before, patch);
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: id,
      action: 'update',
      unitId: row.leadUnitId,
      before,
      after: row,
    });
    if (body.leadUnitId !== undefined || body.coordinatingUnitIds !== undefined)
      await syncUnits(tx, actor, row, ctx.clock.today());
  });
  return getCommitment(ctx, actor, id);
}

export async function deleteCommitment(ctx: Ctx, actor: Actor, id: string) {
  commitmentPolicy.assertManage(actor);
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await repo.findCommitment(tx, id);
      if (!before) throw new AppError('COMMITMENT_NOT_FOUND');
      for (const a of await repo.commitmentAssignments(tx, id)) {
        await repo.deleteAssignment(tx, a.id);
        await recordAudit(tx, actor, {
          entity: 'assignment',
          entityId: a.id,
          action: 'delete',
          unitId: a.unitId,
          before: a,
        });
      }
      await recordAudit(tx, actor, {
        entity: 'commitment',
        entityId: id,
        action: 'delete',
        unitId: before.leadUnitId,
        before,
      });
      await repo.deleteCommitment(tx, id);
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new AppError('COMMITMENT_HAS_RECORDS');
    throw err;
  }
}

function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}

const uniqueCoordinators = (lead: string | null, coords: string[]) =>
  [...new Set(coords)].filter((u) => u !== lead);

/** Makes the assignment rows match the lead and coordinating units, then their progress. */
async function syncUnits(tx: Db, actor: Actor, c: repo.CommitmentRow, today: string) {
  const desired = new Map<string, 'lead' | 'coordinator'>();
  if (c.leadUnitId) desired.set(c.leadUnitId, 'lead');
  for (const u of c.coordinatingUnitIds) if (!desired.has(u)) desired.set(u, 'coordinator');
  const existing = await repo.commitmentAssignments(tx, c.id);
  try {
    for (const a of existing) {
      const role = desired.get(a.unitId);
      if (!role) {
        await repo.deleteAssignment(tx, a.id);
        await recordAudit(tx, actor, {
          entity: 'assignment',
          entityId: a.id,
          action: 'delete',
          unitId: a.unitId,
          before: a,
        });
      } else if (role !== a.role) {
        const after = await repo.updateAssignment(tx, a.id, { role });
        await recordAudit(tx, actor, {
          entity: 'assignment',
          entityId: a.id,
          action: 'update',
          unitId: a.unitId,
          before: a,
          after,
        });
      }
    }
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new AppError('COMMITMENT_UNIT_HAS_RECORDS');
    throw err;
  }
  const have = new Set(existing.map((a) => a.unitId));
  for (const [unitId, role] of desired) {
    if (have.has(unitId)) continue;
    const row = await repo.insertAssignment(tx, { commitmentId: c.id, unitId, role });
    await recordAudit(tx, actor, {
      entity: 'assignment',
      entityId: row.id,
      action: 'create',
      unitId,
      after: row,
    });
  }
  await syncAssignmentProgress(tx, actor, c.id, today);
}

/**
 * Each assignment follows the roadmap: the lead's progress and deadline are the whole
 * commitment's, a coordinator's those of the milestones it is responsible for.
 */
export async function syncAssignmentProgress(tx: Db, actor: Actor, commitmentId: string, _today: string) {
  const ms = await roadmap.listMilestones(tx, commitmentId);
  for (const a of await repo.commitmentAssignments(tx, commitmentId)) {
    const mine = a.role === 'lead' ? ms : ms.filter((m) => m.unitId === a.unitId);
    if (a.role === 'coordinator' && !mine.length && a.progress === 0 && a.dueOn === null) continue;
    const dues = mine
      .map((m) => m.dueOn)
      .filter((d): d is string => d !== null)
      .sort();
    const allDone = mine.length > 0 && mine.every((m) => m.completedOn);
    const next = {
      progress: rollUpProgress(mine),
      dueOn: dues.at(-1) ?? null,
      completedOn: allDone
        ? (mine
            .map((m) => m.completedOn as string)
            .sort()
            .at(-1) ?? null)
        : null,
    };
    if (next.progress === a.progress && next.dueOn === a.dueOn && next.completedOn === a.completedOn)
      continue;
    const after = await repo.updateAssignment(tx, a.id, next);
    await recordAudit(tx, actor, {
      entity: 'assignment',
      entityId: a.id,
      action: 'roadmap',
      unitId: a.unitId,
      before: a,
      after,
    });
  }
}

/** Puts the given commitments first, in this order; the others follow in their current order. */
export async function reorderPriorities(ctx: Ctx, actor: Actor, ids: string[]) {
  commitmentPolicy.assertManage(actor);
  if (new Set(ids).size !== ids.length) throw new AppError('PRIORITY_DUPLICATE');
  return ctx.db.transaction(async (tx) => {
    const current = await repo.priorityOrder(tx);
    const known = new Set(current.map((r) => r.id));
    if (ids.some((id) => !known.has(id))) throw new AppError('COMMITMENT_NOT_FOUND');
    const chosen = new Set(ids);
    const order = [...ids, ...current.filter((r) => !chosen.has(r.id)).map((r) => r.id)];
    await repo.setPriorities(tx, order);
    await recordAudit(tx, actor, {
      entity: 'commitment_priority',
      entityId: 'order',
      action: 'reorder',
      before: current.map((r) => r.id),
      after: order,
    });
    return { ok: true as const, ranked: order.length };
  });
}
