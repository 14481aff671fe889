// Who may do what to commitments. Sở Ngoại vụ registers and changes everything; a unit sees the
// commitments it is assigned to (lead or coordinator); the lead unit reviews and plans the
// roadmap and resources; a unit updates the progress of its own milestones; leaders read.
import { type Actor, editsAllUnits, isUnitMember, unitScope } from '../../lib/actor.js';
import { AppError, forbidden } from '../../lib/errors.js';

export type UnitRole = 'lead' | 'coordinator' | null;

export const commitmentPolicy = {
  /** The unit a reader is confined to (null: all). */
  scope: (actor: Actor) => unitScope(actor),

  /** Readable when the reader sees all units or their unit has a role on it. */
  assertRead(actor: Actor, role: UnitRole) {
    if (unitScope(actor) !== null && role === null) throw new AppError('COMMITMENT_NOT_FOUND');
  },

  canManage: (actor: Actor) => editsAllUnits(actor),
  assertManage(actor: Actor) {
    if (!editsAllUnits(actor))
      throw forbidden('Chỉ Sở Ngoại vụ được đăng ký và sửa cam kết, hoạt động đối ngoại.');
  },

  /** Reviews, milestones and resources: Sở Ngoại vụ or the lead unit. */
  canPlan: (actor: Actor, role: UnitRole) => editsAllUnits(actor) || (isUnitMember(actor) && role === 'lead'),
  assertPlan(actor: Actor, role: UnitRole) {
    if (!this.canPlan(actor, role))
      throw forbidden('Chỉ Sở Ngoại vụ hoặc đơn vị chủ trì được rà soát, lập lộ trình và bố trí nguồn lực.');
  },

  /** A milestone's progress: Sở Ngoại vụ, the lead unit, or the unit responsible for it. */
  canUpdateMilestoneProgress(actor: Actor, role: UnitRole, milestoneUnitId: string | null) {
    if (editsAllUnits(actor)) return true;
    if (!isUnitMember(actor) || role === null) return false;
    return role === 'lead' || milestoneUnitId === actor.unitId;
  },
  assertUpdateMilestoneProgress(actor: Actor, role: UnitRole, milestoneUnitId: string | null) {
    if (!this.canUpdateMilestoneProgress(actor, role, milestoneUnitId))
      throw forbidden('Đơn vị chỉ được cập nhật tiến độ các mốc do đơn vị mình phụ trách.');
  },
};
