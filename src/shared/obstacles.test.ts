import { describe, expect, it } from 'vitest';
import { canActOn, holderRole, isResponseOverdue, nextLevel, responseDueFrom } from './obstacles.js';

describe('obstacle levels', () => {
  it('climbs one level at a time and stops at the central authority', () => {
    expect(nextLevel('focal')).toBe('leader');
    expect(nextLevel('leader')).toBe('central');
    expect(nextLevel('central')).toBeNull();
  });
  it('is acted on by the level holding it; Sở Ngoại vụ records the central reply', () => {
    expect(holderRole('focal')).toBe('focal');
    expect(holderRole('leader')).toBe('leader');
    expect(holderRole('central')).toBe('focal');
    expect(canActOn('officer', 'focal')).toBe(false);
    expect(canActOn('leader', 'focal')).toBe(false);
    expect(canActOn('focal', 'leader')).toBe(false);
    expect(canActOn('leader', 'leader')).toBe(true);
  });
  it('flags a response past its deadline while unanswered and open', () => {
    const due = responseDueFrom('2026-03-01', 'focal');
    expect(due).toBe('2026-03-08');
    const o = { status: 'open' as const, responseDueOn: due, respondedOn: null };
    expect(isResponseOverdue(o, '2026-03-08')).toBe(false);
    expect(isResponseOverdue(o, '2026-03-09')).toBe(true);
    expect(isResponseOverdue({ ...o, respondedOn: '2026-03-05' }, '2026-03-09')).toBe(false);
    expect(isResponseOverdue({ ...o, status: 'resolved' }, '2026-03-09')).toBe(false);
  });
});
