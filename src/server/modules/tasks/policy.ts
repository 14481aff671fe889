// Who may see and change tasks. Sở Ngoại vụ registers and edits tasks; leaders and
// administrators read them all; a unit's people read the tasks their unit leads, coordinates
// or has been assigned, and nothing else (other tasks answer 404).
import { type Actor, editsAllUnits, readsAllUnits, unitScope } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const taskPolicy = {
  scope: (actor: Actor) => unitScope(actor),
  readsAll: (actor: Actor) => readsAllUnits(actor),
  canManage: (actor: Actor) => editsAllUnits(actor),
  assertManage(actor: Actor) {
    if (!this.canManage(actor))
      throw forbidden('Chỉ chuyên viên Sở Ngoại vụ được tạo, sửa và giao nhiệm vụ.');
  },
};
