// Obstacle rules: a unit raises one to Sở Ngoại vụ; it climbs one level at a time; only the level
// holding it escalates, answers or resolves it; a resolved obstacle stays closed. Every refusal
// is an error raised before anything is written.
import { nextLevel, type ObstacleLevel, responseDueFrom } from '../../../shared/obstacles.js';
import type { Db } from '../../db/client.js';
import { type Actor, isUnitMember } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { guardedStep } from '../../lib/guarded.js';
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
  return row;
}

/** What an escalation step depends on: open or closed, and the level holding it. */
const stateKey = (o: { status: string; level: string }) => `${o.status}:${o.level}`;
const REPEAT_WINDOW_MS = 2 * 60 * 1000;

/**
 * An escalation step as a guarded change (lib/guarded.ts): the obstacle locked in the step's
 * transaction, its status and level checked again there (409 STATE_CHANGED when another step
 * moved it meanwhile), and the same click repeated by the same person answered without writing.
 */
async function obstacleStep(
  ctx: Ctx,
  actor: Actor,
  id: string,
  step: {
    kind: repo.StepRow['kind'];
    text: string;
    /** The step's own rule on the locked row (after the holder rule). */
    check?: (row: repo.ObstacleRow) => void;
    apply: (tx: Db, row: repo.ObstacleRow) => Promise<{ after: repo.ObstacleRow; step: StepValues }>;
    action: string;
  },
) {
  const seen = await loadForAction(ctx.db, actor, id);
  await guardedStep(ctx.db, {
    lock: (tx) => repo.lockObstacle(tx, id),
    notFound: () => new AppError('OBSTACLE_NOT_FOUND'),
    stateOf: stateKey,
    seen: stateKey(seen),
    repeat: async (tx, row) => {
      const last = await repo.lastStep(tx, id);
      if (!last || last.actorId !== actor.id || last.kind !== step.kind || last.text !== step.text)
        return undefined;
      if (Math.abs(Date.now() - last.at.getTime()) > REPEAT_WINDOW_MS) return undefined;
      // the step led where the row is now
      return last.toLevel === row.level ? true : undefined;
    },
    check: (row) => {
      obstaclePolicy.assertAct(actor, row);
      step.check?.(row);
    },
    apply: async (tx, before) => {
      const { after, step: values } = await step.apply(tx, before);
      await repo.insertStep(tx, {
        ...values,
        obstacleId: id,
        kind: step.kind,
        text: step.text,
        actorId: actor.id,
        actorName: actor.fullName,
      });
      await recordAudit(tx, actor, {
        entity: 'obstacle',
        entityId: id,
        action: step.action,
        unitId: before.unitId,
        before,
        after,
      });
      return true;
    },
  });
  return getObstacle(ctx.db, actor, id);
}

type StepValues = { fromLevel: ObstacleLevel | null; toLevel: ObstacleLevel; responseDueOn: string | null };

export async function escalateObstacle(ctx: Ctx, actor: Actor, id: string, body: EscalateBody) {
  const today = ctx.clock.today();
  if (body.responseDueOn && body.responseDueOn < today) throw new AppError('OBSTACLE_DEADLINE_PAST');
  return obstacleStep(ctx, actor, id, {
    kind: 'escalate',
    text: body.text ?? '',
    action: 'escalate',
    check: (row) => {
      const to = nextLevel(row.level);
      if (!to) throw new AppError('OBSTACLE_TOP_LEVEL');
      if (body.to && body.to !== to) throw new AppError('OBSTACLE_SKIP_LEVEL');
    },
    apply: async (tx, before) => {
      const to = nextLevel(before.level)!;
      const responseDueOn = body.responseDueOn ?? responseDueFrom(today, to);
      const after = await repo.updateObstacle(tx, id, { level: to, responseDueOn, respondedOn: null });
      return { after, step: { fromLevel: before.level, toLevel: to, responseDueOn } };
    },
  });
}

/**
 * An opinion or a reply at the level holding the obstacle: it stops the response clock and keeps
 * the obstacle open with its holder. At UBND tỉnh the leader does not give an opinion that leaves
 * it open: they decide (decideObstacle) or report up.
 */
export async function respondObstacle(ctx: Ctx, actor: Actor, id: string, text: string) {
  const today = ctx.clock.today();
  return obstacleStep(ctx, actor, id, {
    kind: 'respond',
    text,
    action: 'respond',
    check: (row) => {
      if (row.level === 'leader') throw new AppError('OBSTACLE_DECIDE_REQUIRED');
    },
    apply: async (tx, before) => {
      const after = await repo.updateObstacle(tx, id, { respondedOn: today });
      return { after, step: { fromLevel: before.level, toLevel: before.level, responseDueOn: null } };
    },
  });
}

/** The leader's decision at UBND tỉnh: it resolves the obstacle, the decision its resolution. */
export async function decideObstacle(ctx: Ctx, actor: Actor, id: string, decision: string) {
  const today = ctx.clock.today();
  return obstacleStep(ctx, actor, id, {
    kind: 'decide',
    text: decision,
    // 'decide' is the overlap review's conclusion in the audit log: this one is the leader's
    action: 'leader_decide',
    check: (row) => {
      if (row.level !== 'leader') throw new AppError('OBSTACLE_NOT_AT_LEADER');
    },
    apply: async (tx, before) => {
      const after = await repo.updateObstacle(tx, id, {
        status: 'resolved',
        resolution: decision,
        resolvedOn: today,
        respondedOn: before.respondedOn ?? today,
      });
      return { after, step: { fromLevel: before.level, toLevel: before.level, responseDueOn: null } };
    },
  });
}

export async function resolveObstacle(ctx: Ctx, actor: Actor, id: string, resolution: string) {
  const today = ctx.clock.today();
  return obstacleStep(ctx, actor, id, {
    kind: 'resolve',
    text: resolution,
    action: 'resolve',
    apply: async (tx, before) => {
      const after = await repo.updateObstacle(tx, id, {
        status: 'resolved',
        resolution,
        resolvedOn: today,
        respondedOn: before.respondedOn ?? today,
      });
      return { after, step: { fromLevel: before.level, toLevel: before.level, responseDueOn: null } };
    },
  });
}
