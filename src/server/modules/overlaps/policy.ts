// Who may use the overlap review: it is Sở Ngoại vụ's duty over all units' tasks, so only readers
// of every unit see it (a unit's people would see other units' tasks), and only focal officers
// settle a group.
import { type Actor, editsAllUnits, readsAllUnits } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

export const overlapPolicy = {
  assertRead(actor: Actor) {
    if (!readsAllUnits(actor))
      throw new AppError('FORBIDDEN', 'Rà soát chồng chéo, trùng lặp do Sở Ngoại vụ thực hiện.');
  },
  assertDecide(actor: Actor) {
    if (!editsAllUnits(actor))
      throw new AppError('FORBIDDEN', 'Chỉ chuyên viên đầu mối Sở Ngoại vụ được kết luận rà soát.');
  },
};
