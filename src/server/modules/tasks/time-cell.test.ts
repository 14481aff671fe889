import { describe, expect, it } from 'vitest';
import { parseTimeCell } from './time-cell.js';

describe('parseTimeCell', () => {
  it('reads dates written either way', () => {
    expect(parseTimeCell('15/3/2026')).toEqual({ dueOn: '2026-03-15', recurrence: null });
    expect(parseTimeCell('Trước ngày 15/3/2026')).toEqual({ dueOn: '2026-03-15', recurrence: null });
    expect(parseTimeCell('2026-03-15')).toEqual({ dueOn: '2026-03-15', recurrence: null });
    expect(parseTimeCell('31/2/2026')).toBeNull();
  });
  it('reads periods as their last day', () => {
    expect(parseTimeCell('Quý II/2026')?.dueOn).toBe('2026-06-30');
    expect(parseTimeCell('Quý 4 năm 2026')?.dueOn).toBe('2026-12-31');
    expect(parseTimeCell('Tháng 2/2028')?.dueOn).toBe('2028-02-29');
    expect(parseTimeCell('Năm 2026')?.dueOn).toBe('2026-12-31');
    expect(parseTimeCell('2027')?.dueOn).toBe('2027-12-31');
    expect(parseTimeCell('6 tháng đầu năm 2026')?.dueOn).toBe('2026-06-30');
  });
  it('reads recurrences and "thường xuyên"', () => {
    expect(parseTimeCell('Hằng năm, trước ngày 15/12')).toEqual({ dueOn: null, recurrence: 'yearly:15/12' });
    expect(parseTimeCell('Định kỳ hằng quý')).toEqual({ dueOn: null, recurrence: 'quarterly:15' });
    expect(parseTimeCell('Thường xuyên')).toEqual({ dueOn: null, recurrence: null });
    expect(parseTimeCell('')).toEqual({ dueOn: null, recurrence: null });
  });
  it('does not guess', () => {
    expect(parseTimeCell('sớm nhất có thể')).toBeNull();
    expect(parseTimeCell('Tháng 13/2026')).toBeNull();
  });
});
