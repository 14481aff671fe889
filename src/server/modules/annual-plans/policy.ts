// Who may use annual plans: Sở Ngoại vụ drafts and registers them; leaders and administrators read
// them; a unit's people do not (a plan spans every unit's tasks).
import { type Actor, editsAllUnits, readsAllUnits } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';

export const annualPlanPolicy = {
  assertRead(actor: Actor) {
    if (!readsAllUnits(actor)) throw new AppError('FORBIDDEN', 'Kế hoạch năm do Sở Ngoại vụ tham mưu.');
  },
  assertManage(actor: Actor) {
    if (!editsAllUnits(actor))
      throw new AppError('FORBIDDEN', 'Chỉ chuyên viên đầu mối Sở Ngoại vụ được lập, đăng ký kế hoạch năm.');
  },
};
