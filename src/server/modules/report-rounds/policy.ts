// Who may do what with report rounds: Sở Ngoại vụ opens and changes them; leaders and
// administrators read all; a unit reads only the rounds it must report in, and in them only
// its own submission.
import { type Actor, editsAllUnits, unitScope } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const roundPolicy = {
  scope: (actor: Actor) => unitScope(actor),
  assertManage(actor: Actor) {
    if (!editsAllUnits(actor)) throw forbidden('Chỉ Sở Ngoại vụ được mở và điều chỉnh kỳ báo cáo.');
  },
};
