// Who may do what with a unit's report: its officers and head read and write it while it is
// with the unit and submit it; only the head confirms (sends) it; Sở Ngoại vụ reads every
// unit's and accepts or returns; leaders and administrators read. Another unit's report: 404.

import { availableSteps, type WorkflowState, type WorkflowStep } from '../../../shared/workflow.js';
import { type Actor, editsAllUnits, isUnitMember, readsAllUnits } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';

interface Owned {
  unitId: string;
}

const ownUnit = (actor: Actor, s: Owned) => isUnitMember(actor) && s.unitId === actor.unitId;

/** The steps the API offers for reports (a signed paper report is uploaded by the unit itself). */
const reportSteps: readonly WorkflowStep[] = ['submit', 'confirm', 'accept', 'return'];

export const submissionPolicy = {
  canRead: (actor: Actor, s: Owned) => readsAllUnits(actor) || ownUnit(actor, s),
  canWrite: (actor: Actor, s: Owned) => ownUnit(actor, s),
  assertWrite(actor: Actor, s: Owned) {
    if (!ownUnit(actor, s)) throw forbidden('Chỉ cán bộ của đơn vị được soạn báo cáo của đơn vị.');
  },
  steps(actor: Actor, s: Owned & { workflow: WorkflowState }): WorkflowStep[] {
    return availableSteps(s.workflow, {
      ownUnit: ownUnit(actor, s),
      head: actor.role === 'head',
      focal: editsAllUnits(actor),
    }).filter((x) => reportSteps.includes(x));
  },
  assertStep(actor: Actor, s: Owned, step: WorkflowStep) {
    if (step === 'submit' && !ownUnit(actor, s))
      throw forbidden('Chỉ cán bộ của đơn vị được nộp báo cáo của đơn vị.');
    if (step === 'confirm' && !(ownUnit(actor, s) && actor.role === 'head'))
      throw forbidden('Chỉ thủ trưởng đơn vị được duyệt và gửi báo cáo của đơn vị.');
    if ((step === 'accept' || step === 'return') && !editsAllUnits(actor))
      throw forbidden('Chỉ Sở Ngoại vụ được tiếp nhận hoặc trả lại báo cáo.');
  },
};
