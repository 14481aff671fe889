// The Vietnamese public holidays the product ships for 2025–2027 (Bộ luật Lao động 2019, Điều
// 112), as the calendar an administrator starts from and then keeps (Lịch nghỉ lễ). Tết and
// Giỗ Tổ Hùng Vương follow the lunar calendar; their solar dates are written out here, worked
// out from the new moons at UTC+7. The yearly notices of the Ministry (nghỉ bù, hoán đổi, làm
// bù) were applied where known (2025); later years' swaps are for the administrator to enter.
import type { CalendarDay } from './working-days.js';

const h = (date: string, name: string): CalendarDay => ({ date, kind: 'holiday', name });
const off = (date: string, name: string): CalendarDay => ({ date, kind: 'compensatory', name });
const work = (date: string, name: string): CalendarDay => ({ date, kind: 'workday', name });

export const defaultHolidays: Record<number, CalendarDay[]> = {
  2025: [
    h('2025-01-01', 'Tết Dương lịch'),
    // Tết Ất Tỵ: mùng 1 tháng Giêng = 29/01/2025
    h('2025-01-27', 'Tết Nguyên đán (28 tháng Chạp)'),
    h('2025-01-28', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)'),
    h('2025-01-29', 'Tết Nguyên đán (mùng 1 tháng Giêng)'),
    h('2025-01-30', 'Tết Nguyên đán (mùng 2 tháng Giêng)'),
    h('2025-01-31', 'Tết Nguyên đán (mùng 3 tháng Giêng)'),
    h('2025-04-07', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)'),
    work('2025-04-26', 'Làm bù cho ngày nghỉ 02/5/2025'),
    h('2025-04-30', 'Ngày Chiến thắng 30/4'),
    h('2025-05-01', 'Ngày Quốc tế Lao động 1/5'),
    off('2025-05-02', 'Hoán đổi, làm bù thứ Bảy 26/4/2025'),
    h('2025-09-01', 'Quốc khánh (ngày liền trước)'),
    h('2025-09-02', 'Quốc khánh 2/9'),
  ],
  2026: [
    h('2026-01-01', 'Tết Dương lịch'),
    // Tết Bính Ngọ: mùng 1 tháng Giêng = 17/02/2026
    h('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)'),
    h('2026-02-17', 'Tết Nguyên đán (mùng 1 tháng Giêng)'),
    h('2026-02-18', 'Tết Nguyên đán (mùng 2 tháng Giêng)'),
    h('2026-02-19', 'Tết Nguyên đán (mùng 3 tháng Giêng)'),
    h('2026-02-20', 'Tết Nguyên đán (mùng 4 tháng Giêng)'),
    // 10 tháng 3 âm lịch = Chủ nhật 26/4/2026: nghỉ bù thứ Hai
    h('2026-04-26', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)'),
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    h('2026-04-30', 'Ngày Chiến thắng 30/4'),
    h('2026-05-01', 'Ngày Quốc tế Lao động 1/5'),
    h('2026-09-01', 'Quốc khánh (ngày liền trước)'),
    h('2026-09-02', 'Quốc khánh 2/9'),
  ],
  2027: [
    h('2027-01-01', 'Tết Dương lịch'),
    // Tết Đinh Mùi: mùng 1 tháng Giêng = thứ Bảy 06/02/2027; two Tết days on the weekend
    h('2027-02-05', 'Tết Nguyên đán (29 tháng Chạp, giao thừa)'),
    h('2027-02-06', 'Tết Nguyên đán (mùng 1 tháng Giêng)'),
    h('2027-02-07', 'Tết Nguyên đán (mùng 2 tháng Giêng)'),
    h('2027-02-08', 'Tết Nguyên đán (mùng 3 tháng Giêng)'),
    h('2027-02-09', 'Tết Nguyên đán (mùng 4 tháng Giêng)'),
    off('2027-02-10', 'Nghỉ bù Tết Nguyên đán (mùng 1 vào thứ Bảy)'),
    off('2027-02-11', 'Nghỉ bù Tết Nguyên đán (mùng 2 vào Chủ nhật)'),
    h('2027-04-16', 'Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)'),
    h('2027-04-30', 'Ngày Chiến thắng 30/4'),
    // 1/5/2027 is a Saturday: nghỉ bù thứ Hai
    h('2027-05-01', 'Ngày Quốc tế Lao động 1/5'),
    off('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
    h('2027-09-02', 'Quốc khánh 2/9'),
    h('2027-09-03', 'Quốc khánh (ngày liền sau)'),
  ],
};

/** The solar days the Labour Code fixes every year (for years the product ships no list for). */
export function fixedHolidays(year: number): CalendarDay[] {
  return [
    h(`${year}-01-01`, 'Tết Dương lịch'),
    h(`${year}-04-30`, 'Ngày Chiến thắng 30/4'),
    h(`${year}-05-01`, 'Ngày Quốc tế Lao động 1/5'),
    h(`${year}-09-02`, 'Quốc khánh 2/9'),
  ];
}

export const defaultHolidaysOf = (year: number): CalendarDay[] =>
  defaultHolidays[year] ?? fixedHolidays(year);
