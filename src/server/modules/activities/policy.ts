// Who may do what to activities: Sở Ngoại vụ records them; leaders and administrators read all;
// a unit reads the activities from which it was assigned a commitment.
import { type Actor, editsAllUnits, unitScope } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const activityPolicy = {
  scope: (actor: Actor) => unitScope(actor),
  assertManage(actor: Actor) {
    if (!editsAllUnits(actor)) throw forbidden('Chỉ Sở Ngoại vụ được ghi nhận hoạt động đối ngoại.');
  },
};
