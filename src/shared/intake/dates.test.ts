import { describe, expect, it } from 'vitest';
import { findDeadlines, isoDate, parseLeadingDate } from './dates.js';
import { normaliseSource } from './text.js';

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

  it('reads the forms real letters use, and keeps a recurrence with its day', () => {
    const at = (text: string, year: number | null = 2016) =>
      findDeadlines(normaliseSource(text), 0, normaliseSource(text).length, year).map((d) => [
        d.date,
        d.recurrence,
      ]);
    expect(at('gửi về Bộ trước 15 tháng 11 năm 2008 để tổng hợp')).toEqual([['2008-11-15', null]]);
    expect(at('gửi về Bộ Tài chính trong tháng 11năm 2008')).toEqual([['2008-11-30', null]]);
    expect(at('báo cáo UBND tỉnh đầu tháng 6 năm 2016.')).toEqual([['2016-06-10', null]]);
    expect(at('trình UBND tỉnh cuối năm.')).toEqual([['2016-12-31', null]]);
    expect(at('tổ chức hội nghị trong năm 2010.')).toEqual([['2010-12-31', null]]);
    expect(at('Trong năm 2015, các tổ chức đã tài trợ 45 dự án.')).toEqual([]);
    expect(at('hoàn thành quý IV/2026.')).toEqual([['2026-12-31', null]]);
    expect(at('báo cáo kết quả quý II/2026;')).toEqual([]);
    expect(at('báo cáo tình hình hằng quý về Sở Ngoại vụ')).toEqual([[null, 'quarterly:15']]);
    expect(at('định kỳ 6 tháng báo cáo Bộ Ngoại giao')).toEqual([[null, 'half_yearly:15']]);
    expect(at('báo cáo được gửi hằng năm trước ngày 15 tháng 12.')).toEqual([[null, 'yearly:15/12']]);
    expect(at('tham mưu ban hành kế hoạch thực hiện hàng năm')).toEqual([]);
    expect(at('trước khi tiếp nhận dự án mới phải xin ý kiến')).toEqual([[null, null]]);
    expect(at('báo cáo trong vòng 15 ngày kể từ ngày về nước.')).toEqual([[null, null]]);
    // A meeting, a visit or a plan's period is not a deadline.
    expect(at('Hội nghị tổ chức vào ngày 10/12/2008 tại Hà Nội; tổ chức vào tháng 4/2026.')).toEqual([]);
  });
});

describe('deadline forms of issue 12, round 2', () => {
  it('reads a time before the day, "vào cuối năm" and "chậm nhất N ngày sau khi …"', () => {
    const text =
      'gửi Văn phòng trước 17 giờ ngày 25/7/2024; trước 16 giờ 00 ngày 20/3/2026; báo cáo vào cuối năm 2025; tổ chức vào năm 2025; báo cáo chậm nhất 10 ngày sau khi kết thúc Tuần lễ.';
    expect(findDeadlines(text, 0, text.length, 2024, []).map((d) => [d.date, d.text])).toEqual([
      ['2024-07-25', 'trước 17 giờ ngày 25/7/2024'],
      ['2026-03-20', 'trước 16 giờ 00 ngày 20/3/2026'],
      ['2025-12-31', 'vào cuối năm 2025'],
      [null, 'chậm nhất 10 ngày sau khi kết thúc Tuần lễ'],
    ]);
  });
});
