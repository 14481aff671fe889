// Who may use document intake: it drafts province documents, tasks and assignments, which only
// Sở Ngoại vụ's focal officers register.
import { type Actor, editsAllUnits } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const intakePolicy = {
  canUse: (actor: Actor) => editsAllUnits(actor),
  assertUse(actor: Actor) {
    if (!this.canUse(actor)) throw forbidden('Chỉ chuyên viên Sở Ngoại vụ được tiếp nhận văn bản.');
  },
};
