// Who may do what to obstacles: a unit raises them on its own assignments and commitments and
// sees its own; only the level holding an obstacle acts on it (Sở Ngoại vụ at `focal` and, to
// record the reply, at `central`; UBND tỉnh's leaders at `leader`).
import { canActOn, holderRole, type ObstacleLevel, obstacleLevelLabels } from '../../../shared/obstacles.js';
import { type Actor, editsAllUnits, isUnitMember, unitScope } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

export const obstaclePolicy = {
  scope: (actor: Actor) => unitScope(actor),

  /** The levels whose queue the reader works through. */
  heldLevels(actor: Actor): ObstacleLevel[] {
    if (actor.role === 'leader') return ['leader'];
    if (actor.role === 'focal') return ['focal', 'central'];
    return [];
  },

  canRead(actor: Actor, o: { unitId: string }) {
    const scope = unitScope(actor);
    return scope === null || scope === o.unitId;
  },

  assertRaise(actor: Actor) {
    if (!isUnitMember(actor) && !editsAllUnits(actor))
      throw new AppError('FORBIDDEN', 'Chỉ đơn vị được giao hoặc Sở Ngoại vụ được phản ánh vướng mắc.');
  },

  /** Refuses, changing nothing, whatever the holder of the obstacle's level may not do. */
  assertAct(actor: Actor, o: { status: string; level: ObstacleLevel }) {
    if (o.status === 'resolved') throw new AppError('OBSTACLE_RESOLVED');
    if (!canActOn(actor.role, o.level)) {
      const who = holderRole(o.level) === 'leader' ? 'Lãnh đạo UBND tỉnh' : 'Sở Ngoại vụ';
      throw new AppError(
        'OBSTACLE_NOT_HOLDER',
        `Vướng mắc đang ở cấp ${obstacleLevelLabels[o.level]}; chỉ ${who} được xử lý ở cấp này.`,
      );
    }
  },
};
