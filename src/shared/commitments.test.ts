import { describe, expect, it } from 'vitest';
import {
  addDays,
  commitmentStatus,
  formatVnd,
  isAtRisk,
  isExpiringSoon,
  legalReportDueOn,
  legalReportState,
  legalReportText,
  parseVnd,
  rollUpProgress,
  validityText,
} from './commitments.js';

const m = (dueOn: string | null, weight: number, progress: number, completedOn: string | null = null) => ({
  dueOn,
  weight,
  progress,
  completedOn,
});

describe('progress roll-up', () => {
  it('is the weighted mean of the milestones, rounded', () => {
    expect(rollUpProgress([])).toBe(0);
    expect(rollUpProgress([m('2026-04-01', 1, 50), m('2026-06-01', 1, 0)])).toBe(25);
    expect(rollUpProgress([m('2026-04-01', 3, 100), m('2026-06-01', 1, 0)])).toBe(75);
    expect(rollUpProgress([m(null, 2, 33), m(null, 1, 34)])).toBe(33); // 100/3 = 33.3
    expect(rollUpProgress([m(null, 1, 50), m(null, 1, 51)])).toBe(51); // 50.5 rounds up
  });
});

describe('at risk', () => {
  it('is at risk when a milestone is past due and unfinished', () => {
    const today = '2026-05-01';
    expect(isAtRisk([m('2026-04-30', 1, 90)], today)).toBe(true);
    expect(isAtRisk([m('2026-05-01', 1, 0)], today)).toBe(false); // due today is still in time
    expect(isAtRisk([m('2026-04-01', 1, 100, '2026-04-10')], today)).toBe(false); // done late is not a risk
    expect(isAtRisk([m(null, 1, 0)], today)).toBe(false);
  });
});

describe('commitment status', () => {
  const today = '2026-05-01';
  it('follows the roadmap: not started, in progress, overdue, done on time or late', () => {
    expect(commitmentStatus([], today)).toBe('not_started');
    expect(commitmentStatus([m('2026-06-01', 1, 0)], today)).toBe('not_started');
    expect(commitmentStatus([m('2026-06-01', 1, 10)], today)).toBe('in_progress');
    expect(commitmentStatus([m('2026-04-01', 1, 10)], today)).toBe('overdue');
    expect(
      commitmentStatus([m('2026-04-01', 1, 100, '2026-03-30'), m('2026-04-20', 1, 100, '2026-04-20')], today),
    ).toBe('done_on_time');
    expect(commitmentStatus([m('2026-04-01', 1, 100, '2026-04-25')], today)).toBe('done_late');
  });
  it('takes the last milestone as the deadline: an early milestone overdue makes it at risk, not overdue', () => {
    const ms = [m('2026-04-01', 1, 50), m('2026-09-01', 1, 0)];
    expect(commitmentStatus(ms, today)).toBe('in_progress');
    expect(isAtRisk(ms, today)).toBe(true);
  });
});

describe('Law on International Agreements 2020: report within 15 days', () => {
  it('counts 15 calendar days from signing, across months and years', () => {
    expect(legalReportDueOn('2026-01-20')).toBe('2026-02-04');
    expect(legalReportDueOn('2025-12-20')).toBe('2026-01-04');
    expect(addDays('2028-02-20', 15)).toBe('2028-03-06'); // leap year
  });
  it('is met, late, missing or pending', () => {
    const base = { provinceAgreement: true, signedOn: '2026-01-20' };
    expect(legalReportState({ ...base, reportedOn: '2026-02-04' }, '2026-03-01')).toBe('met');
    expect(legalReportState({ ...base, reportedOn: '2026-02-05' }, '2026-03-01')).toBe('late');
    expect(legalReportState({ ...base, reportedOn: null }, '2026-02-05')).toBe('missing');
    expect(legalReportState({ ...base, reportedOn: null }, '2026-02-04')).toBe('pending');
    expect(legalReportState({ ...base, provinceAgreement: false, reportedOn: null }, '2026-03-01')).toBe(
      'not_applicable',
    );
    expect(
      legalReportState({ provinceAgreement: true, signedOn: null, reportedOn: null }, '2026-03-01'),
    ).toBe('not_applicable');
  });
});

describe('VND', () => {
  it('groups thousands with dots', () => {
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
    expect(formatVnd(15_000_000_000, { unit: false })).toBe('15.000.000.000');
    expect(formatVnd(-2500)).toBe('-2.500 ₫');
    expect(formatVnd(null)).toBe('—');
  });
  it('reads what it writes', () => {
    for (const n of [0, 999, 1000, 1234567, 987_654_321_000]) expect(parseVnd(formatVnd(n))).toBe(n);
    expect(parseVnd('12,5')).toBe(125); // commas are taken as grouping, never decimals
    expect(parseVnd('abc')).toBeNull();
  });
});

describe('expiring soon', () => {
  it('is within 90 days from today, both ends included', () => {
    expect(isExpiringSoon('2026-03-01', '2026-03-01')).toBe(true);
    expect(isExpiringSoon(addDays('2026-03-01', 90), '2026-03-01')).toBe(true);
    expect(isExpiringSoon(addDays('2026-03-01', 91), '2026-03-01')).toBe(false);
    expect(isExpiringSoon('2026-02-28', '2026-03-01')).toBe(false);
    expect(isExpiringSoon(null, '2026-03-01')).toBe(false);
  });
});

describe('sentences on a commitment', () => {
  it('says the validity without a dash for an unknown start', () => {
    expect(validityText({ effectiveOn: null, expiresOn: '2031-03-12' })).toBe('Đến ngày 12/03/2031');
    expect(validityText({ effectiveOn: '2026-03-12', expiresOn: '2031-03-12', validity: '5 năm' })).toBe(
      '12/03/2026 – 12/03/2031 (5 năm)',
    );
    expect(validityText({ effectiveOn: '2026-03-12', expiresOn: null })).toBe('Từ ngày 12/03/2026');
    expect(validityText({ effectiveOn: null, expiresOn: null, validity: 'Không thời hạn' })).toBe(
      'Không thời hạn',
    );
    expect(validityText({ effectiveOn: null, expiresOn: null })).toBe('Chưa xác định');
  });
  it('says a report not sent as not sent, agreeing with its state', () => {
    expect(legalReportText({ legalReportDueOn: '2026-03-27', reportedOn: null })).toBe(
      'Hạn 27/03/2026 · chưa báo cáo',
    );
    expect(
      legalReportText({ legalReportDueOn: '2026-03-27', reportedOn: '2026-03-20', reportRef: '12/BC-UBND' }),
    ).toBe('Hạn 27/03/2026 · đã báo cáo ngày 20/03/2026 (12/BC-UBND)');
  });
});
