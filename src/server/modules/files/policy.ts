// Who may upload and read files. A file belongs to a unit (its unitId) or to the province; a
// unit's people read their unit's files and the files of documents they may see.
import { type Actor, editsAllUnits, isUnitMember, readsAllUnits } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';
import type { FileMeta } from './repo.js';

export const filePolicy = {
  canUpload: (actor: Actor) => editsAllUnits(actor) || isUnitMember(actor),
  assertUpload(actor: Actor) {
    if (!this.canUpload(actor)) throw forbidden('Bạn không có quyền tải tệp lên.');
  },
  /** The unit an upload belongs to: a unit member's own unit, whatever they ask for. */
  uploadUnit(actor: Actor, requested: string | null): string | null {
    if (isUnitMember(actor)) return actor.unitId;
    return requested;
  },
  /** Read without looking further: readers of all units, the uploader, the file's unit. */
  canReadDirectly(actor: Actor, file: FileMeta): boolean {
    return (
      readsAllUnits(actor) ||
      file.uploadedBy === actor.id ||
      (file.unitId !== null && isUnitMember(actor) && file.unitId === actor.unitId)
    );
  },
};
