// Who sees which figures: Sở Ngoại vụ, leaders and administrators see the province; a unit's
// people see their own unit's figures (the same unit scope as every list).
import { type Actor, unitScope } from '../../lib/actor.js';

export const dashboardPolicy = {
  scope: (actor: Actor) => unitScope(actor),
};
