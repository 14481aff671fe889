// Only the administrator reads the outbox (addresses and contents of everyone's mail).
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const mailPolicy = {
  assertAdmin(actor: Actor) {
    if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được xem hộp thư đi.');
  },
};
