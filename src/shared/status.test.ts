import { describe, expect, it } from 'vitest';
import { computeProgressStatus, computeStatus, type StatusInput } from './status.js';

const base: StatusInput = { dueOn: '2026-03-15', completedOn: null, progress: 0, workflow: 'open' };

describe('computeStatus', () => {
  it('work due today is within its deadline', () => {
    expect(computeStatus(base, '2026-03-15')).toBe('not_started');
    expect(computeStatus({ ...base, progress: 10 }, '2026-03-15')).toBe('in_progress');
  });
  it('work past its due date and never started reads "Quá hạn, chưa thực hiện"; started, overdue', () => {
    expect(computeStatus(base, '2026-03-16')).toBe('overdue_not_started');
    expect(computeStatus({ ...base, progress: 90 }, '2026-03-16')).toBe('overdue');
    expect(computeStatus({ ...base, workflow: 'returned' }, '2026-03-16')).toBe('overdue');
  });
  it('a submitted product is not done: it waits for the head, then for Sở Ngoại vụ', () => {
    const sent = { ...base, completedOn: '2026-03-10', progress: 100 };
    expect(computeStatus({ ...sent, workflow: 'submitted' }, '2026-03-12')).toBe('awaiting_confirmation');
    expect(computeStatus({ ...sent, workflow: 'confirmed' }, '2026-03-12')).toBe('awaiting_acceptance');
    // waiting past the deadline is still waiting: the unit has done its part
    expect(computeStatus({ ...sent, workflow: 'confirmed' }, '2026-04-12')).toBe('awaiting_acceptance');
  });
  it('done only once accepted; on time when the accepted product was submitted by the due date', () => {
    const accepted = { ...base, workflow: 'accepted' as const, progress: 100 };
    // sent on its due date, accepted a month later: on time
    expect(computeStatus({ ...accepted, completedOn: '2026-03-15' }, '2026-04-15')).toBe('done_on_time');
    expect(computeStatus({ ...accepted, completedOn: '2026-03-16' }, '2026-04-01')).toBe('done_late');
  });
  it('a returned product is work again, whatever its progress', () => {
    const back = { ...base, workflow: 'returned' as const, progress: 100 };
    expect(computeStatus(back, '2026-03-10')).toBe('in_progress');
    expect(computeStatus(back, '2026-03-20')).toBe('overdue');
  });
  it('work without a due date is never overdue', () => {
    const open = { ...base, dueOn: null };
    expect(computeStatus(open, '2099-01-01')).toBe('not_started');
    expect(computeStatus({ ...open, progress: 5 }, '2099-01-01')).toBe('in_progress');
    expect(computeStatus({ ...open, workflow: 'accepted', completedOn: '2026-01-01' }, '2099-01-01')).toBe(
      'done_on_time',
    );
  });
});

describe('computeProgressStatus (dates alone, for roadmaps)', () => {
  const p = { dueOn: '2026-03-15', completedOn: null, progress: 0, started: false };
  it('keeps the five categories', () => {
    expect(computeProgressStatus(p, '2026-03-16')).toBe('overdue');
    expect(computeProgressStatus({ ...p, completedOn: '2026-03-15' }, '2026-04-01')).toBe('done_on_time');
    expect(computeProgressStatus({ ...p, started: true }, '2026-03-01')).toBe('in_progress');
  });
});
