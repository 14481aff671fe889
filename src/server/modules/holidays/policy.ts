// Who may change the holiday calendar: administrators. Everyone signed in reads it (deadlines
// in working days are shown to units too).
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

export const holidayPolicy = {
  assertManage(actor: Actor) {
    if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được sửa lịch nghỉ lễ.');
  },
};
