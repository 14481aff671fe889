import { describe, expect, it } from 'vitest';
import { computeStatus } from './status.js';

const base = { dueOn: '2026-03-15', completedOn: null, progress: 0, started: false };

describe('computeStatus', () => {
  it('work due today is within its deadline', () => {
    expect(computeStatus(base, '2026-03-15')).toBe('not_started');
    expect(computeStatus({ ...base, progress: 10 }, '2026-03-15')).toBe('in_progress');
  });
  it('work past its due date and not done is overdue, started or not', () => {
    expect(computeStatus(base, '2026-03-16')).toBe('overdue');
    expect(computeStatus({ ...base, progress: 90, started: true }, '2026-03-16')).toBe('overdue');
  });
  it('work done on its due date is on time; a day later is late', () => {
    expect(computeStatus({ ...base, completedOn: '2026-03-15' }, '2026-04-01')).toBe('done_on_time');
    expect(computeStatus({ ...base, completedOn: '2026-03-16' }, '2026-04-01')).toBe('done_late');
  });
  it('work without a due date is never overdue', () => {
    const open = { ...base, dueOn: null };
    expect(computeStatus(open, '2099-01-01')).toBe('not_started');
    expect(computeStatus({ ...open, started: true }, '2099-01-01')).toBe('in_progress');
    expect(computeStatus({ ...open, completedOn: '2026-01-01' }, '2099-01-01')).toBe('done_on_time');
  });
  it('a submitted product with 0 % progress counts as started', () => {
    expect(computeStatus({ ...base, started: true }, '2026-03-01')).toBe('in_progress');
  });
});
