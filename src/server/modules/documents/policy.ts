// Who may see and change documents. Province documents (no unit) are read by everyone signed in;
// a unit's own documents (its plans) by its people and by those who read all units. Sở Ngoại vụ
// registers and edits every document; a unit's people register and edit only their unit's own.
import { type Actor, editsAllUnits, isUnitMember, readsAllUnits, unitScope } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

interface DocLike {
  unitId: string | null;
}

export const documentPolicy = {
  scope: (actor: Actor) => unitScope(actor),
  canRead(actor: Actor, doc: DocLike): boolean {
    return (
      doc.unitId === null || readsAllUnits(actor) || (isUnitMember(actor) && doc.unitId === actor.unitId)
    );
  },
  canCreate(actor: Actor, unitId: string | null): boolean {
    return editsAllUnits(actor) || (isUnitMember(actor) && unitId === actor.unitId);
  },
  canEdit(actor: Actor, doc: DocLike): boolean {
    return (
      editsAllUnits(actor) || (isUnitMember(actor) && doc.unitId !== null && doc.unitId === actor.unitId)
    );
  },
  assertCreate(actor: Actor, unitId: string | null) {
    if (!this.canCreate(actor, unitId))
      throw forbidden(
        isUnitMember(actor)
          ? 'Cán bộ đơn vị chỉ đăng ký văn bản của đơn vị mình.'
          : 'Chỉ chuyên viên Sở Ngoại vụ được đăng ký văn bản.',
      );
  },
  assertEdit(actor: Actor, doc: DocLike) {
    if (!this.canEdit(actor, doc)) throw forbidden('Bạn không có quyền sửa văn bản này.');
  },
};
