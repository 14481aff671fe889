import { describe, expect, it } from 'vitest';
import { findDeadlines, isoDate, parseLeadingDate } from './dates.js';

const deadlines = (text: string, year: number | null = 2026) =>
  findDeadlines(text, 0, text.length, year).map((d) => [d.date, d.text, d.recurring]);

describe('dates', () => {
  it('parses both ways of writing a date, across line breaks', () => {
    expect(parseLeadingDate('ngày 21 tháng 8 năm 2025 của')?.iso).toBe('2025-08-21');
    expect(parseLeadingDate(' ngày\n24/01/2025')?.iso).toBe('2025-01-24');
    expect(parseLeadingDate('ngày 05\ntháng 01 năm 2022')?.iso).toBe('2022-01-05');
    expect(isoDate(2026, 2, 30)).toBeNull();
  });

  it('reads deadlines before a day', () => {
    expect(deadlines('gửi Sở Ngoại vụ trước ngày 15/3/2026 để tổng hợp')).toEqual([
      ['2026-03-15', 'trước ngày 15/3/2026', false],
    ]);
    expect(deadlines('hoàn thành chậm nhất là ngày 20 tháng 11 năm 2026')).toEqual([
      ['2026-11-20', 'chậm nhất là ngày 20 tháng 11 năm 2026', false],
    ]);
    expect(deadlines('báo cáo trước ngày 15/12', 2026)).toEqual([['2026-12-15', 'trước ngày 15/12', false]]);
    expect(deadlines('báo cáo trước ngày 15/12', null)).toEqual([[null, 'trước ngày 15/12', false]]);
  });

  it('reads months, quarters and half-years as the end of the period', () => {
    expect(deadlines('trình UBND tỉnh trong tháng 4 năm 2026')).toEqual([
      ['2026-04-30', 'trong tháng 4 năm 2026', false],
    ]);
    expect(deadlines('hoàn thành trong tháng 2/2028')[0]?.[0]).toBe('2028-02-29');
    expect(deadlines('xong trước tháng 6/2026')[0]?.[0]).toBe('2026-05-31');
    expect(deadlines('hoàn thành trong quý IV/2026')[0]?.[0]).toBe('2026-12-31');
    expect(deadlines('Thời gian hoàn thành: Quý I năm 2027')[0]?.[0]).toBe('2027-03-31');
    expect(deadlines('thực hiện trong 6 tháng đầu năm 2026')[0]?.[0]).toBe('2026-06-30');
    expect(deadlines('hoàn thành trong năm 2026')[0]?.[0]).toBe('2026-12-31');
  });

  it('reads recurrences without a date, and ignores narrative uses', () => {
    expect(deadlines('định kỳ hằng năm báo cáo kết quả')).toEqual([[null, 'định kỳ hằng năm', true]]);
    expect(deadlines('Thời gian thực hiện: hàng năm.')).toEqual([[null, 'hàng năm', true]]);
    expect(deadlines('Thời gian thực hiện: Thường xuyên')).toEqual([[null, 'Thường xuyên', true]]);
    expect(deadlines('tham mưu ban hành kế hoạch thực hiện hàng năm')).toEqual([]);
    expect(
      deadlines('Kế hoạch số 34-KH/TU ngày 14/01/2026; định hướng đến năm 2030; trong năm 2020, toàn tỉnh'),
    ).toEqual([]);
  });
});
