// Who may do what to units: everyone signed in reads the directory; administrators change it.
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const unitPolicy = {
  canRead: (_actor: Actor) => true,
  canManage: (actor: Actor) => actor.role === 'admin',
  assertManage(actor: Actor) {
    if (!this.canManage(actor)) throw forbidden('Chỉ quản trị viên được thay đổi danh mục đơn vị.');
  },
};
