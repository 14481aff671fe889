import { describe, expect, it } from 'vitest';
import { defaultHolidays, defaultHolidaysOf } from './holidays.js';
import {
  addWorkingDays,
  isWeekend,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from './working-days.js';

const cal2026 = workingCalendar(defaultHolidaysOf(2026));
const cal2025 = workingCalendar(defaultHolidaysOf(2025));

describe('working days', () => {
  it('weekends, holidays and compensatory days are off; a làm bù Saturday is worked', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-17', cal2026)).toBe(false); // mùng 1 Tết Bính Ngọ
    expect(isWorkingDay('2026-04-27', cal2026)).toBe(false); // nghỉ bù Giỗ Tổ
    expect(isWorkingDay('2025-04-26', cal2025)).toBe(true); // Saturday worked
    expect(isWorkingDay('2025-05-02', cal2025)).toBe(false); // swapped day off
  });

  it('adds working days after a cut-off, skipping Tết', () => {
    expect(addWorkingDays('2026-06-14', 2, cal2026)).toBe('2026-06-16'); // Sunday cut-off → Tue
    expect(addWorkingDays('2026-02-13', 1, cal2026)).toBe('2026-02-23'); // Friday before Tết
    expect(addWorkingDays('2026-02-14', 0, cal2026)).toBe('2026-02-23');
    expect(addWorkingDays('2026-03-02', 0, cal2026)).toBe('2026-03-02');
    expect(addWorkingDays('2026-02-23', -1, cal2026)).toBe('2026-02-13');
    expect(addWorkingDays('2025-04-25', 1, cal2025)).toBe('2025-04-26');
  });

  it('counts working days between two dates, the inverse of adding them', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-23', cal2026)).toBe(1);
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    for (const n of [1, 3, 10, 40]) {
      const to = addWorkingDays('2026-01-30', n, cal2026);
      expect(workingDaysBetween('2026-01-30', to, cal2026)).toBe(n);
    }
  });

  it('ships Tết, Giỗ Tổ and the fixed holidays for 2025–2027, each weekend holiday made good', () => {
    for (const year of [2025, 2026, 2027]) {
      const days = defaultHolidays[year]!;
      const names = days.map((d) => d.name).join(' | ');
      expect(names).toContain('Tết Nguyên đán (mùng 1 tháng Giêng)');
      expect(names).toContain('Giỗ Tổ Hùng Vương');
      for (const md of ['01-01', '04-30', '05-01', '09-02'])
        expect(days.some((d) => d.date === `${year}-${md}`)).toBe(true);
      expect(days.filter((d) => d.name.startsWith('Tết Nguyên đán')).length).toBe(5);
      const weekendHolidays = days.filter((d) => d.kind === 'holiday' && isWeekend(d.date)).length;
      const made = days.filter((d) => d.kind === 'compensatory' && d.name.startsWith('Nghỉ bù')).length;
      expect(made).toBe(weekendHolidays);
      for (const d of days) expect(d.date.startsWith(String(year))).toBe(true);
      for (const d of days.filter((x) => x.kind === 'workday')) expect(isWeekend(d.date)).toBe(true);
    }
    expect(defaultHolidays[2026]!.find((d) => d.name.startsWith('Giỗ Tổ'))!.date).toBe('2026-04-26');
    expect(defaultHolidaysOf(2031).length).toBe(4);
  });
});
