import { describe, expect, it } from 'vitest';
import { monthLabel, previousPeriod, rate, resolvePeriod, trendMonths } from './dashboard.js';

describe('dashboard periods and rates', () => {
  it('defaults to the calendar year of today', () => {
    expect(resolvePeriod({}, '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolvePeriod({ from: '2026-04-01' }, '2026-06-30')).toEqual({
      from: '2026-04-01',
      to: '2026-12-31',
    });
  });

  it('the previous period has the same length and ends the day before', () => {
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      from: '2025-12-31',
      to: '2026-03-31',
    });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
  });

  it('a share has one decimal and is null when nothing is due', () => {
    expect(rate(14068, 16051)).toBe(87.6);
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(0, 0)).toBeNull();
  });

  it('24 months end with the month of the period', () => {
    const m = trendMonths('2026-03-15');
    expect(m).toHaveLength(24);
    expect([m[0], m[23]]).toEqual(['2024-04', '2026-03']);
    expect(monthLabel('2026-03')).toBe('03/2026');
  });
});
