import { describe, expect, it } from 'vitest';
import {
  formatRecurrence,
  occurrencesBetween,
  parseRecurrence,
  periodLabel,
  recurrenceLabel,
} from './recurrence.js';

describe('parseRecurrence', () => {
  it('reads the stored form', () => {
    expect(parseRecurrence('yearly:15/12')).toEqual({ freq: 'yearly', day: 15, month: 12 });
    expect(parseRecurrence('quarterly:20')).toEqual({ freq: 'quarterly', day: 20 });
    expect(parseRecurrence('half_yearly:15')).toEqual({ freq: 'half_yearly', day: 15 });
    expect(parseRecurrence('monthly:25')).toEqual({ freq: 'monthly', day: 25 });
  });
  it('refuses stored forms that name impossible days or months', () => {
    expect(parseRecurrence('yearly:32/12')).toBeNull();
    expect(parseRecurrence('yearly:15/13')).toBeNull();
    expect(parseRecurrence('quarterly:15/3')).toBeNull();
    expect(parseRecurrence('weekly:1')).toBeNull();
  });
  it('reads the phrases directives use', () => {
    expect(parseRecurrence('Báo cáo hằng năm trước ngày 15/12')).toEqual({
      freq: 'yearly',
      day: 15,
      month: 12,
    });
    expect(parseRecurrence('Hàng năm, trước 30/11')).toEqual({ freq: 'yearly', day: 30, month: 11 });
    expect(parseRecurrence('Định kỳ hằng quý')).toEqual({ freq: 'quarterly', day: 15 });
    expect(parseRecurrence('hàng tháng trước ngày 20')).toEqual({ freq: 'monthly', day: 20 });
    expect(parseRecurrence('Định kỳ 6 tháng')).toEqual({ freq: 'half_yearly', day: 15 });
    expect(parseRecurrence('HANG NAM')).toEqual({ freq: 'yearly', day: 15, month: 12 });
  });
  it('does not take a single deadline for a recurrence', () => {
    expect(parseRecurrence('6 tháng đầu năm 2026')).toBeNull();
    expect(parseRecurrence('Trước ngày 15/3/2026')).toBeNull();
    expect(parseRecurrence('Quý II/2026')).toBeNull();
    expect(parseRecurrence('')).toBeNull();
    expect(parseRecurrence(null)).toBeNull();
  });
  it('round-trips through the stored form', () => {
    for (const s of ['yearly:15/12', 'half_yearly:10', 'quarterly:15', 'monthly:31']) {
      expect(formatRecurrence(parseRecurrence(s)!)).toBe(s);
    }
  });
});

describe('occurrencesBetween', () => {
  it('gives one yearly period per year, due on the day', () => {
    expect(occurrencesBetween('yearly:15/12', '2026-01-01', '2027-12-31')).toEqual([
      { period: '2026', label: 'Năm 2026', start: '2026-01-01', end: '2026-12-31', dueOn: '2026-12-15' },
      { period: '2027', label: 'Năm 2027', start: '2027-01-01', end: '2027-12-31', dueOn: '2027-12-15' },
    ]);
  });
  it('includes both ends of the window and nothing outside it', () => {
    const q = occurrencesBetween('quarterly:15', '2026-03-15', '2026-09-15');
    expect(q.map((o) => [o.period, o.dueOn])).toEqual([
      ['Q1/2026', '2026-03-15'],
      ['Q2/2026', '2026-06-15'],
      ['Q3/2026', '2026-09-15'],
    ]);
    expect(occurrencesBetween('quarterly:15', '2026-03-16', '2026-06-14')).toEqual([]);
    expect(q[2]?.label).toBe('Quý III/2026');
  });
  it('clamps a day past the end of a month to its last day', () => {
    const m = occurrencesBetween('monthly:31', '2026-01-01', '2026-04-30');
    expect(m.map((o) => o.dueOn)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(occurrencesBetween('monthly:31', '2028-02-01', '2028-02-29')[0]?.dueOn).toBe('2028-02-29');
    expect(m[0]?.period).toBe('T01/2026');
  });
  it('gives half-year periods due in June and December', () => {
    const h = occurrencesBetween('half_yearly:15', '2026-01-01', '2026-12-31');
    expect(h.map((o) => [o.period, o.dueOn, o.label])).toEqual([
      ['H1/2026', '2026-06-15', '6 tháng đầu năm 2026'],
      ['H2/2026', '2026-12-15', '6 tháng cuối năm 2026'],
    ]);
  });
  it('gives nothing for a window that runs backwards or an unreadable recurrence', () => {
    expect(occurrencesBetween('yearly:15/12', '2027-01-01', '2026-01-01')).toEqual([]);
    expect(occurrencesBetween('thường xuyên', '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('labels', () => {
  it('names periods and recurrences in Vietnamese', () => {
    expect(periodLabel('2026')).toBe('Năm 2026');
    expect(periodLabel('Q4/2026')).toBe('Quý IV/2026');
    expect(periodLabel('T03/2026')).toBe('Tháng 3/2026');
    expect(periodLabel('')).toBe('');
    expect(recurrenceLabel('yearly:15/12')).toBe('Hằng năm, trước ngày 15/12');
    expect(recurrenceLabel('quarterly:15')).toBe('Hằng quý, trước ngày 15 tháng cuối quý');
  });
});
