// Reviews (rà soát), roadmap milestones (lộ trình) and resources of a commitment. Every change is
// audited under the commitment, so its history and timeline read from one place.
import type { Actor } from '../../lib/actor.js';
import { editsAllUnits } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { commitmentPolicy } from './policy.js';
import * as repo from './repo.js';
import * as roadmap from './roadmap-repo.js';
import type {
  CreateMilestoneBody,
  CreateResourceBody,
  CreateReviewBody,
  UpdateMilestoneBody,
  UpdateResourceBody,
} from './roadmap-schema.js';
import { type Ctx, getCommitment, loadForActor, syncAssignmentProgress } from './service.js';

// ---- reviews --------------------------------------------------------------------------------

export async function listReviews(ctx: Ctx, actor: Actor, commitmentId: string) {
  await loadForActor(ctx.db, actor, commitmentId);
  return roadmap.listReviews(ctx.db, commitmentId);
}

export async function createReview(ctx: Ctx, actor: Actor, commitmentId: string, body: CreateReviewBody) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  commitmentPolicy.assertPlan(actor, role);
  const reviewedOn = body.reviewedOn ?? ctx.clock.today();
  if (reviewedOn > ctx.clock.today()) throw new AppError('REVIEW_DATE_IN_FUTURE');
  const id = await ctx.db.transaction(async (tx) => {
    const row = await roadmap.insertReview(tx, {
      ...body,
      commitmentId,
      reviewedOn,
      reviewerId: actor.id,
      unitId: editsAllUnits(actor) ? (c.leadUnitId ?? actor.unitId) : actor.unitId,
    });
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'review.create',
      unitId: c.leadUnitId,
      after: row,
    });
    return row.id;
  });
  const reviews = await roadmap.listReviews(ctx.db, commitmentId);
  return reviews.find((r) => r.id === id)!;
}

// ---- milestones -----------------------------------------------------------------------------

export async function listMilestones(ctx: Ctx, actor: Actor, commitmentId: string) {
  await loadForActor(ctx.db, actor, commitmentId);
  return roadmap.listMilestones(ctx.db, commitmentId);
}

async function assertAssignedUnit(ctx: Ctx, commitmentId: string, unitId: string | null | undefined) {
  if (unitId && !(await repo.unitRole(ctx.db, commitmentId, unitId)))
    throw new AppError('MILESTONE_UNIT_NOT_ASSIGNED');
}

async function milestoneResult(ctx: Ctx, actor: Actor, commitmentId: string, milestoneId: string) {
  const [c, ms] = await Promise.all([
    getCommitment(ctx, actor, commitmentId),
    roadmap.listMilestones(ctx.db, commitmentId),
  ]);
  return {
    milestone: ms.find((m) => m.id === milestoneId)!,
    commitment: { progress: c.progress, atRisk: c.atRisk, status: c.status },
  };
}

const completedOnFor = (progress: number, previous: string | null, today: string) =>
  progress === 100 ? (previous ?? today) : null;

export async function createMilestone(
  ctx: Ctx,
  actor: Actor,
  commitmentId: string,
  body: CreateMilestoneBody,
) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  commitmentPolicy.assertPlan(actor, role);
  await assertAssignedUnit(ctx, commitmentId, body.unitId);
  const today = ctx.clock.today();
  const id = await ctx.db.transaction(async (tx) => {
    const existing = await roadmap.listMilestones(tx, commitmentId);
    const row = await roadmap.insertMilestone(tx, {
      ...body,
      commitmentId,
      deliverable: body.deliverable ?? '',
      unitId: body.unitId ?? null,
      seq: body.seq ?? existing.length + 1,
      completedOn: completedOnFor(body.progress, null, today),
    });
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'milestone.create',
      unitId: c.leadUnitId,
      after: row,
    });
    await syncAssignmentProgress(tx, actor, commitmentId, today);
    return row.id;
  });
  return milestoneResult(ctx, actor, commitmentId, id);
}

export async function updateMilestone(
  ctx: Ctx,
  actor: Actor,
  commitmentId: string,
  milestoneId: string,
  body: UpdateMilestoneBody,
) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  const before = await roadmap.findMilestone(ctx.db, commitmentId, milestoneId);
  if (!before) throw new AppError('MILESTONE_NOT_FOUND');
  const planning = Object.keys(body).some((k) => k !== 'progress' && k !== 'note');
  if (planning) commitmentPolicy.assertPlan(actor, role);
  else commitmentPolicy.assertUpdateMilestoneProgress(actor, role, before.unitId);
  await assertAssignedUnit(ctx, commitmentId, body.unitId);
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    if (body.progress !== undefined)
      patch.completedOn = completedOnFor(body.progress, before.completedOn, today);
    const after = await roadmap.updateMilestone(tx, milestoneId, patch);
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: body.progress !== undefined && !planning ? 'milestone.progress' : 'milestone.update',
      unitId: c.leadUnitId,
      before,
      after,
    });
    await syncAssignmentProgress(tx, actor, commitmentId, today);
  });
  return milestoneResult(ctx, actor, commitmentId, milestoneId);
}

export async function deleteMilestone(ctx: Ctx, actor: Actor, commitmentId: string, milestoneId: string) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  commitmentPolicy.assertPlan(actor, role);
  await ctx.db.transaction(async (tx) => {
    const before = await roadmap.findMilestone(tx, commitmentId, milestoneId);
    if (!before) throw new AppError('MILESTONE_NOT_FOUND');
    await roadmap.deleteMilestone(tx, milestoneId);
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'milestone.delete',
      unitId: c.leadUnitId,
      before,
    });
    await syncAssignmentProgress(tx, actor, commitmentId, ctx.clock.today());
  });
}

// ---- resources ------------------------------------------------------------------------------

export async function listResources(ctx: Ctx, actor: Actor, commitmentId: string) {
  await loadForActor(ctx.db, actor, commitmentId);
  return roadmap.listResources(ctx.db, commitmentId);
}

async function resourceOut(ctx: Ctx, commitmentId: string, id: string) {
  return (await roadmap.listResources(ctx.db, commitmentId)).find((r) => r.id === id)!;
}

export async function createResource(ctx: Ctx, actor: Actor, commitmentId: string, body: CreateResourceBody) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  commitmentPolicy.assertPlan(actor, role);
  await assertAssignedUnit(ctx, commitmentId, body.unitId);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await roadmap.insertResource(tx, {
      ...body,
      note: body.note ?? '',
      unitId: body.unitId ?? null,
      commitmentId,
    });
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'resource.create',
      unitId: c.leadUnitId,
      after: row,
    });
    return row.id;
  });
  return resourceOut(ctx, commitmentId, id);
}

export async function updateResource(
  ctx: Ctx,
  actor: Actor,
  commitmentId: string,
  resourceId: string,
  body: UpdateResourceBody,
) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  commitmentPolicy.assertPlan(actor, role);
  await assertAssignedUnit(ctx, commitmentId, body.unitId);
  await ctx.db.transaction(async (tx) => {
    const before = await roadmap.findResource(tx, commitmentId, resourceId);
    if (!before) throw new AppError('RESOURCE_NOT_FOUND');
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const after = await roadmap.updateResource(tx, resourceId, patch);
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'resource.update',
      unitId: c.leadUnitId,
      before,
      after,
    });
  });
  return resourceOut(ctx, commitmentId, resourceId);
}

export async function deleteResource(ctx: Ctx, actor: Actor, commitmentId: string, resourceId: string) {
  const { row: c, role } = await loadForActor(ctx.db, actor, commitmentId);
  if (!commitmentPolicy.canPlan(actor, role)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const before = await roadmap.findResource(tx, commitmentId, resourceId);
    if (!before) throw new AppError('RESOURCE_NOT_FOUND');
    await roadmap.deleteResource(tx, resourceId);
    await recordAudit(tx, actor, {
      entity: 'commitment',
      entityId: commitmentId,
      action: 'resource.delete',
      unitId: c.leadUnitId,
      before,
    });
  });
}
