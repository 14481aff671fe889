import { describe, expect, it } from 'vitest';
import { describePeriod, onTimeRate, submissionStatus } from './report-rounds.js';

describe('report submissions against the deadline', () => {
  it('is on time up to the deadline day, late after; missing once the deadline passed unsent', () => {
    expect(submissionStatus('2026-06-16', '2026-06-16', '2026-06-20')).toBe('on_time');
    expect(submissionStatus('2026-06-17', '2026-06-16', '2026-06-20')).toBe('late');
    expect(submissionStatus(null, '2026-06-16', '2026-06-16')).toBe('not_due');
    expect(submissionStatus(null, '2026-06-16', '2026-06-17')).toBe('missing');
  });

  it('rates on-time reporting over the reports due', () => {
    expect(onTimeRate(['on_time', 'late', 'missing', 'not_due'])).toBe(33.3);
    expect(onTimeRate(['not_due'])).toBeNull();
    expect(onTimeRate(['on_time', 'on_time'])).toBe(100);
  });

  it('names a standard window by its period, any other by its dates', () => {
    expect(describePeriod('quarter', 'nd09', '2025-12-15', '2026-03-14')).toBe('quý I năm 2026');
    expect(describePeriod('year', 'calendar', '2026-01-01', '2026-12-31')).toBe('năm 2026');
    expect(describePeriod('quarter', 'nd09', '2026-01-01', '2026-03-14')).toBe(
      'từ ngày 01/01/2026 đến ngày 14/03/2026',
    );
  });
});
