import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../shared/working-days.js';
import { createTestApp } from '../../test/harness.js';
import { calendarFor } from './service.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('holiday calendar', () => {
  it('answers the shipped holidays for a year nobody has set', async () => {
    const res = await t.api('quynhontay', 'GET', '/api/holidays?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2026, source: 'default', updatedAt: null });
    expect(body.total).toBe(body.items.length);
    expect(body.items.find((d: { date: string }) => d.date === '2026-02-17')).toMatchObject({
      kind: 'holiday',
      workingDay: false,
    });
  });

  it('an administrator replaces a year; working days follow; the change is audited', async () => {
    const items = [
      { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2027-01-04', kind: 'compensatory', name: 'Nghỉ hoán đổi' },
      { date: '2027-01-09', kind: 'workday', name: 'Làm bù ngày 04/01' },
    ];
    const res = await t.api('admin', 'PUT', '/api/holidays?year=2027', { items });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ source: 'custom', total: 3 });
    expect(res.json().items[2]).toMatchObject({ date: '2027-01-09', workingDay: true });
    const cal = await calendarFor(t.db, '2027-01-01', '2027-01-31');
    expect(addWorkingDays('2026-12-31', 1, cal)).toBe('2027-01-05');
    expect(addWorkingDays('2027-01-08', 1, cal)).toBe('2027-01-09');
    // 2026 keeps its defaults while 2027 is custom
    const cal26 = await calendarFor(t.db, '2026-12-01', '2027-01-31');
    expect(cal26.off.has('2026-09-02')).toBe(true);
    expect(cal26.off.has('2027-02-10')).toBe(false); // the 2027 default is replaced
    const log = (await t.api('admin', 'GET', '/api/audit?entity=holiday_calendar&entityId=2027')).json();
    expect(log.items[0].after.days).toHaveLength(3);
    expect(log.items[0].before.days.join(' ')).toContain('Giỗ Tổ Hùng Vương');
  });

  it('refuses other roles and bad days, changing nothing', async () => {
    const ok = { date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch' };
    expect((await t.api('sngv', 'PUT', '/api/holidays?year=2028', { items: [ok] })).statusCode).toBe(403);
    const bad = async (items: unknown[]) =>
      (await t.api('admin', 'PUT', '/api/holidays?year=2028', { items })).json().error.code;
    expect(await bad([{ ...ok, date: '2029-01-01' }])).toBe('HOLIDAY_OUTSIDE_YEAR');
    expect(await bad([ok, ok])).toBe('HOLIDAY_DUPLICATE');
    expect(await bad([{ ...ok, date: '2028-01-03', kind: 'workday' }])).toBe('HOLIDAY_WORKDAY_NOT_WEEKEND');
    expect(await bad([{ ...ok, date: '2028-02-30' }])).toBe('VALIDATION_ERROR');
    expect((await t.api('admin', 'GET', '/api/holidays?year=2028')).json().source).toBe('default');
  });
});
