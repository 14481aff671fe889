// Who may do what to an assignment. The unit scope lives here and nowhere else:
// - a unit's officers and head read their own unit's assignments only (others answer 404);
//   they report progress and submit the product; only the head confirms the submission;
// - Sở Ngoại vụ (focal) reads all, assigns, changes deadlines, and accepts or returns products
//   (it may also report or submit on a unit's behalf, e.g. a plan that came on paper);
// - leaders and administrators read all and change nothing.
import { type Actor, editsAllUnits, isUnitMember, readsAllUnits, unitScope } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

interface Owned {
  unitId: string;
}

const ownUnit = (actor: Actor, a: Owned) => isUnitMember(actor) && a.unitId === actor.unitId;

export const assignmentPolicy = {
  scope: (actor: Actor) => unitScope(actor),
  canRead: (actor: Actor, a: Owned) => readsAllUnits(actor) || ownUnit(actor, a),
  canReport: (actor: Actor, a: Owned) => editsAllUnits(actor) || ownUnit(actor, a),
  canConfirm: (actor: Actor, a: Owned) => actor.role === 'head' && ownUnit(actor, a),
  canReview: (actor: Actor) => editsAllUnits(actor),
  canManage: (actor: Actor) => editsAllUnits(actor),
  /** Who sees every unit of a task at once (the compliance board). */
  canSeeBoard: (actor: Actor) => readsAllUnits(actor),

  assertReport(actor: Actor, a: Owned) {
    if (!this.canReport(actor, a))
      throw forbidden('Chỉ cán bộ của đơn vị được giao mới cập nhật được việc này.');
  },
  assertConfirm(actor: Actor, a: Owned) {
    if (!this.canConfirm(actor, a))
      throw forbidden('Chỉ thủ trưởng đơn vị được xác nhận sản phẩm của đơn vị.');
  },
  assertReview(actor: Actor) {
    if (!this.canReview(actor))
      throw forbidden('Chỉ chuyên viên Sở Ngoại vụ được tiếp nhận hoặc trả lại sản phẩm.');
  },
  assertManage(actor: Actor) {
    if (!this.canManage(actor))
      throw forbidden('Chỉ chuyên viên Sở Ngoại vụ được giao việc và đổi thời hạn.');
  },
  assertBoard(actor: Actor) {
    if (!this.canSeeBoard(actor))
      throw forbidden('Bảng theo dõi các đơn vị chỉ dành cho Sở Ngoại vụ và lãnh đạo.');
  },
};
