import { describe, expect, it } from 'vitest';
import {
  availableSteps,
  canTake,
  nextActor,
  workflowLabels,
  workflowStates,
  workflowSteps,
} from './workflow.js';

describe('the submission workflow', () => {
  it('moves open → submitted → confirmed → accepted, or back to returned', () => {
    expect(canTake('open', 'submit')).toBe(true);
    expect(canTake('submitted', 'submit')).toBe(false);
    expect(canTake('returned', 'submit')).toBe(true);
    expect(canTake('submitted', 'confirm')).toBe(true);
    expect(canTake('submitted', 'accept')).toBe(false);
    expect(canTake('confirmed', 'accept')).toBe(true);
    expect(canTake('confirmed', 'return')).toBe(true);
    expect(canTake('accepted', 'return')).toBe(false);
    expect(workflowSteps.record_signed.to).toBe('confirmed');
  });

  it('says who acts next and which buttons each person gets', () => {
    expect(workflowStates.map(nextActor)).toEqual(['unit', 'head', 'focal', null, 'unit']);
    const officer = { ownUnit: true, head: false, focal: false };
    const head = { ownUnit: true, head: true, focal: false };
    const focal = { ownUnit: false, head: false, focal: true };
    expect(availableSteps('open', officer)).toEqual(['submit']);
    expect(availableSteps('submitted', officer)).toEqual([]);
    expect(availableSteps('submitted', head)).toEqual(['confirm']);
    expect(availableSteps('submitted', focal)).toEqual(['return']);
    expect(availableSteps('confirmed', focal)).toEqual(['accept', 'return']);
    expect(availableSteps('open', focal)).toEqual(['record_signed']);
    expect(availableSteps('accepted', focal)).toEqual([]);
  });

  it('names the waiting states as users say them', () => {
    expect(workflowLabels.submitted).toBe('Chờ thủ trưởng xác nhận');
    expect(workflowLabels.confirmed).toBe('Chờ Sở Ngoại vụ tiếp nhận');
    expect(workflowLabels.returned).toBe('Bị trả lại');
  });
});
