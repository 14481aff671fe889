import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

/** People are managed by administrators only. */
export const userPolicy = {
  assertManage(actor: Actor) {
    if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được quản lý người dùng.');
  },
};
