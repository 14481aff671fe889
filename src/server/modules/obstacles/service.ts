// Obstacle rules: a unit raises one to Sở Ngoại vụ; it climbs one level at a time; only the level
// holding it escalates, answers or resolves it; a resolved obstacle stays closed. Every refusal
// is an error raised before anything is written.
import { nextLevel, type ObstacleLevel, responseDueFrom } from '../../../shared/obstacles.js';
import type { Db } from '../../db/client.js';
import { type Actor, isUnitMember } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import * as commitmentsRepo from '../commitments/repo.js';
import { type Ctx, loadForActor } from '../commitments/service.js';
import { obstaclePolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreateObstacleBody, EscalateBody, ListObstaclesQuery } from './schema.js';

export async function listObstacles(ctx: Ctx, actor: Actor, q: ListObstaclesQuery) {
  return repo.listObstacles(ctx.db, {
    ...q,
    scope: obstaclePolicy.scope(actor),
    heldLevels: obstaclePolicy.heldLevels(actor),
    today: ctx.clock.today(),
  });
}

/** The obstacle with its steps; 404 outside the reader's unit. */
export async function getObstacle(db: Db, actor: Actor, id: string) {
  const row = await repo.findObstacle(db, id);
  if (!row || !obstaclePolicy.canRead(actor, row)) throw new AppError('OBSTACLE_NOT_FOUND');
  return { ...row, steps: await repo.stepsOf(db, [id]) };
}

/** The raising unit and the subject's columns, after checking the subject is the unit's. */
async function resolveSubject(ctx: Ctx, actor: Actor, body: CreateObstacleBody) {
  if (body.subjectType === 'commitment') {
    const { row } = await loadForActor(ctx.db, actor, body.subjectId);
    let unitId: string | null = isUnitMember(actor) ? actor.unitId : (body.unitId ?? row.leadUnitId);
    if (!unitId) throw new AppError('OBSTACLE_UNIT_REQUIRED');
    if (!isUnitMember(actor) && !(await commitmentsRepo.unitRole(ctx.db, row.id, unitId))) unitId = null;
    if (!unitId) throw new AppError('OBSTACLE_UNIT_REQUIRED');
    return { unitId, commitmentId: row.id, assignmentId: null, auditUnit: unitId };
  }
  const a = await repo.findAssignment(ctx.db, body.subjectId);
  if (!a || (isUnitMember(actor) && a.unitId !== actor.unitId))
    throw new AppError('OBSTACLE_SUBJECT_NOT_FOUND');
  if (body.unitId && body.unitId !== a.unitId) throw new AppError('OBSTACLE_UNIT_REQUIRED');
  return { unitId: a.unitId, commitmentId: null, assignmentId: a.id, auditUnit: a.unitId };
}

export async function raiseObstacle(ctx: Ctx, actor: Actor, body: CreateObstacleBody) {
  obstaclePolicy.assertRaise(actor);
  if (body.level && body.level !== 'focal') throw new AppError('OBSTACLE_SKIP_LEVEL');
  const subject = await resolveSubject(ctx, actor, body);
  const today = ctx.clock.today();
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertObstacle(tx, {
      subjectType: body.subjectType,
      commitmentId: subject.commitmentId,
      assignmentId: subject.assignmentId,
      unitId: subject.unitId,
      description: body.description,
      cause: body.cause ?? '',
      proposal: body.proposal ?? '',
      level: 'focal',
      status: 'open',
      responseDueOn: responseDueFrom(today, 'focal'),
      raisedBy: actor.id,
      raisedOn: today,
    });
    await repo.insertStep(tx, {
      obstacleId: row.id,
      kind: 'raise',
      fromLevel: null,
      toLevel: 'focal',
      text: [body.description, body.proposal ? `Đề xuất: ${body.proposal}` : ''].filter(Boolean).join('\n'),
      responseDueOn: row.responseDueOn,
      actorId: actor.id,
      actorName: actor.fullName,
    });
    await recordAudit(tx, actor, {
      entity: 'obstacle',
      entityId: row.id,
      action: 'raise',
      unitId: row.unitId,
      after: row,
    });
    return row.id;
  });
  return getObstacle(ctx.db, actor, id);
}

/** Loads the obstacle for an action: 404 outside scope, then the holder and status rules. */
async function loadForAction(db: Db, actor: Actor, id: string) {
  const row = await repo.findObstacle(db, id);
  if (!row || !obstaclePolicy.canRead(actor, row)) throw new AppError('OBSTACLE_NOT_FOUND');
  obstaclePolicy.assertAct(actor, row);
  return row;
}

export async function escalateObstacle(ctx: Ctx, actor: Actor, id: string, body: EscalateBody) {
  const before = await loadForAction(ctx.db, actor, id);
  const to = nextLevel(before.level);
  if (!to) throw new AppError('OBSTACLE_TOP_LEVEL');
  if (body.to && body.to !== to) throw new AppError('OBSTACLE_SKIP_LEVEL');
  const today = ctx.clock.today();
  if (body.responseDueOn && body.responseDueOn < today) throw new AppError('OBSTACLE_DEADLINE_PAST');
  const responseDueOn = body.responseDueOn ?? responseDueFrom(today, to);
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateObstacle(tx, id, { level: to, responseDueOn, respondedOn: null });
    await repo.insertStep(tx, {
      obstacleId: id,
      kind: 'escalate',
      fromLevel: before.level,
      toLevel: to,
      text: body.text ?? '',
      responseDueOn,
      actorId: actor.id,
      actorName: actor.fullName,
    });
    await recordAudit(tx, actor, {
      entity: 'obstacle',
      entityId: id,
      action: 'escalate',
      unitId: before.unitId,
      before,
      after,
    });
  });
  return getObstacle(ctx.db, actor, id);
}

export async function respondObstacle(ctx: Ctx, actor: Actor, id: string, text: string) {
  const before = await loadForAction(ctx.db, actor, id);
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateObstacle(tx, id, { respondedOn: today });
    await repo.insertStep(tx, {
      obstacleId: id,
      kind: 'respond',
      fromLevel: before.level,
      toLevel: before.level as ObstacleLevel,
      text,
      responseDueOn: null,
      actorId: actor.id,
      actorName: actor.fullName,
    });
    await recordAudit(tx, actor, {
      entity: 'obstacle',
      entityId: id,
      action: 'respond',
      unitId: before.unitId,
      before,
      after,
    });
  });
  return getObstacle(ctx.db, actor, id);
}

export async function resolveObstacle(ctx: Ctx, actor: Actor, id: string, resolution: string) {
  const before = await loadForAction(ctx.db, actor, id);
  const today = ctx.clock.today();
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateObstacle(tx, id, {
      status: 'resolved',
      resolution,
      resolvedOn: today,
      respondedOn: before.respondedOn ?? today,
    });
    await repo.insertStep(tx, {
      obstacleId: id,
      kind: 'resolve',
      fromLevel: before.level,
      toLevel: before.level,
      text: resolution,
      responseDueOn: null,
      actorId: actor.id,
      actorName: actor.fullName,
    });
    await recordAudit(tx, actor, {
      entity: 'obstacle',
      entityId: id,
      action: 'resolve',
      unitId: before.unitId,
      before,
      after,
    });
  });
  return getObstacle(ctx.db, actor, id);
}
