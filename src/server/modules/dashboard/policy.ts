// Who sees which figures: Sở Ngoại vụ, leaders and administrators see the province and any one
// unit; a unit's people see their own unit's figures (the same unit scope as every list).
import { type Actor, unitScope } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

export const dashboardPolicy = {
  /**
   * The unit whose figures are read (null: the province). Asking for another unit than one's own
   * answers 404, as a record out of scope does (its existence is not revealed).
   */
  unitOf(actor: Actor, unitId?: string): string | null {
    const own = unitScope(actor);
    if (!unitId) return own;
    if (own && own !== unitId) throw new AppError('UNIT_NOT_FOUND');
    return unitId;
  },
};
