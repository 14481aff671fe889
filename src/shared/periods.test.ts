import { describe, expect, it } from 'vitest';
import {
  latestEndedPeriod,
  nextEndingPeriod,
  nextPeriod,
  periodContaining,
  periodLabel,
  periodWindow,
} from './periods.js';

describe('report periods', () => {
  it('gives the Decree 09 windows "15 → 14"', () => {
    expect(periodWindow('month', 2026, 3)).toEqual({ start: '2026-02-15', end: '2026-03-14' });
    expect(periodWindow('month', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-01-14' });
    expect(periodWindow('quarter', 2026, 1)).toEqual({ start: '2025-12-15', end: '2026-03-14' });
    expect(periodWindow('quarter', 2026, 3)).toEqual({ start: '2026-06-15', end: '2026-09-14' });
    expect(periodWindow('half_1', 2026)).toEqual({ start: '2025-12-15', end: '2026-06-14' });
    expect(periodWindow('half_2', 2026)).toEqual({ start: '2026-06-15', end: '2026-12-14' });
    expect(periodWindow('nine_months', 2026)).toEqual({ start: '2025-12-15', end: '2026-09-14' });
    expect(periodWindow('year', 2026)).toEqual({ start: '2025-12-15', end: '2026-12-14' });
    expect(periodWindow('ad_hoc', 2026)).toBeNull();
  });

  it('gives calendar windows', () => {
    expect(periodWindow('month', 2028, 2, 'calendar')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodWindow('quarter', 2026, 4, 'calendar')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodWindow('half_1', 2026, 1, 'calendar')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodWindow('nine_months', 2026, 1, 'calendar')).toEqual({
      start: '2026-01-01',
      end: '2026-09-30',
    });
    expect(() => periodWindow('quarter', 2026, 5)).toThrow(RangeError);
  });

  it('names periods as reports do', () => {
    expect(periodLabel('quarter', 2026, 1)).toBe('quý I năm 2026');
    expect(periodLabel('quarter', 2026, 4)).toBe('quý IV năm 2026');
    expect(periodLabel('half_1', 2026)).toBe('6 tháng đầu năm 2026');
    expect(periodLabel('half_2', 2026)).toBe('6 tháng cuối năm 2026');
    expect(periodLabel('nine_months', 2026)).toBe('9 tháng đầu năm 2026');
    expect(periodLabel('month', 2026, 3)).toBe('tháng 3 năm 2026');
    expect(periodLabel('year', 2026)).toBe('năm 2026');
  });

  it('finds the period of a date and the one after it', () => {
    expect(periodContaining('quarter', '2025-12-20')).toEqual({ kind: 'quarter', year: 2026, index: 1 });
    expect(periodContaining('month', '2026-03-14')).toEqual({ kind: 'month', year: 2026, index: 3 });
    expect(periodContaining('month', '2026-03-15')).toEqual({ kind: 'month', year: 2026, index: 4 });
    expect(periodContaining('half_1', '2026-07-01')).toBeNull();
    expect(nextPeriod({ kind: 'quarter', year: 2026, index: 4 })).toEqual({
      kind: 'quarter',
      year: 2027,
      index: 1,
    });
    expect(nextPeriod({ kind: 'half_1', year: 2026, index: 1 })).toEqual({
      kind: 'half_2',
      year: 2026,
      index: 1,
    });
    expect(nextPeriod({ kind: 'half_2', year: 2026, index: 1 })).toEqual({
      kind: 'half_1',
      year: 2027,
      index: 1,
    });
  });

  it('finds a schedule’s latest period at its cut-off and the next one to open', () => {
    // the first directive's 6-month and annual reports
    const kinds = ['half_1', 'year'] as const;
    expect(latestEndedPeriod(kinds, 'nd09', '2026-06-13')).toMatchObject({ kind: 'year', year: 2025 });
    expect(latestEndedPeriod(kinds, 'nd09', '2026-06-14')).toMatchObject({
      kind: 'half_1',
      year: 2026,
      start: '2025-12-15',
      end: '2026-06-14',
    });
    expect(latestEndedPeriod(kinds, 'nd09', '2026-12-20')).toMatchObject({ kind: 'year', year: 2026 });
    expect(nextEndingPeriod(kinds, 'nd09', '2026-06-14')).toMatchObject({ kind: 'year', end: '2026-12-14' });
    expect(nextEndingPeriod(kinds, 'nd09', '2026-12-14')).toMatchObject({ kind: 'half_1', year: 2027 });
    // the year and the second half end on one day: the first kind listed wins
    expect(latestEndedPeriod(['year', 'half_2'], 'nd09', '2026-12-14')).toMatchObject({ kind: 'year' });
    // the quarterly commitments review, calendar quarters
    expect(latestEndedPeriod(['quarter'], 'calendar', '2027-01-05')).toMatchObject({
      year: 2026,
      index: 4,
      end: '2026-12-31',
    });
    expect(nextEndingPeriod(['quarter'], 'calendar', '2026-12-31')).toMatchObject({ year: 2027, index: 1 });
    expect(latestEndedPeriod(['ad_hoc'], 'nd09', '2026-12-31')).toBeNull();
  });
});
