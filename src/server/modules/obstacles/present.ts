// Rows → API shapes of obstacles and their steps.
import { canActOn, isResponseOverdue, obstacleNextStep } from '../../../shared/obstacles.js';
import type { Actor } from '../../lib/actor.js';
import type { ObstacleView, StepRow } from './repo.js';
import type { ObstacleOut } from './schema.js';

export function presentStep(s: StepRow) {
  return {
    id: s.id,
    kind: s.kind,
    fromLevel: s.fromLevel,
    toLevel: s.toLevel,
    text: s.text,
    responseDueOn: s.responseDueOn,
    actorId: s.actorId,
    actorName: s.actorName,
    at: s.at.toISOString(),
  };
}

export function presentObstacle(
  o: ObstacleView & { steps?: StepRow[] },
  actor: Actor,
  today: string,
): ObstacleOut {
  return {
    id: o.id,
    subjectType: o.subjectType,
    subjectId: (o.subjectType === 'commitment' ? o.commitmentId : o.assignmentId) as string,
    subjectTitle: o.subjectTitle,
    commitmentId: o.commitmentId,
    unitId: o.unitId,
    unitName: o.unitName,
    description: o.description,
    cause: o.cause,
    proposal: o.proposal,
    level: o.level,
    status: o.status,
    responseDueOn: o.responseDueOn,
    respondedOn: o.respondedOn,
    overdue: isResponseOverdue(o, today),
    actionable: o.status === 'open' && canActOn(actor.role, o.level),
    nextStep: obstacleNextStep(o),
    resolution: o.resolution,
    resolvedOn: o.resolvedOn,
    raisedOn: o.raisedOn,
    raisedByName: o.raisedByName,
    ...(o.steps ? { steps: o.steps.map(presentStep) } : {}),
  };
}
