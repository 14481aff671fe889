import { describe, expect, it } from 'vitest';
import { findCitations, readIssuer, scanCitationMentions } from './citations.js';

const cite = (text: string) =>
  findCitations(scanCitationMentions(text, 0, text.length), null).map(({ number, type, date, issuer }) => ({
    number,
    type,
    date,
    issuer,
  }));

describe('citations', () => {
  it('recognises the usual number/symbol patterns', () => {
    const numbers = cite(
      'Quyết định số 1520/QĐ-UBND; Kế hoạch 34-KH/TU; Thông báo số 45/TB-VPCP; văn bản số 123/UBND-KGVX; Nghị quyết số 05/2025/NQ-HĐND; Nghị định số 30/2020/NĐ-CP; Công văn số 2231/SNV-CCHC&PC; Nghị quyết số 30c/NQ-CP',
    ).map((c) => c.number);
    expect(numbers).toEqual([
      '1520/QĐ-UBND',
      '34-KH/TU',
      '45/TB-VPCP',
      '123/UBND-KGVX',
      '05/2025/NQ-HĐND',
      '30/2020/NĐ-CP',
      '2231/SNV-CCHC&PC',
      '30c/NQ-CP',
    ]);
  });

  it('joins a number broken after its hyphen and reads date and issuer', () => {
    expect(cite('Quyết định số 1520/QĐ-\nUBND ngày 21/8/2025 của Ủy ban nhân dân tỉnh về ban hành')).toEqual([
      { number: '1520/QĐ-UBND', type: 'Quyết định', date: '2025-08-21', issuer: 'Ủy ban nhân dân tỉnh' },
    ]);
  });

  it('keeps one entry per document and fills details from later mentions', () => {
    const got = cite(
      'Nghị quyết số 59-NQ/TW; ... Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị, bảo đảm',
    );
    expect(got).toEqual([
      { number: '59-NQ/TW', type: 'Nghị quyết', date: '2025-01-24', issuer: 'Bộ Chính trị' },
    ]);
  });

  it('reads issuers with commas and dashes, expands abbreviations, drops person titles', () => {
    expect(readIssuer(' của Bộ Lao động, Thương binh và Xã hội về việc')?.issuer).toBe(
      'Bộ Lao động, Thương binh và Xã hội',
    );
    expect(readIssuer(' của Văn phòng Chính phủ, Bộ Ngoại giao xin gửi')?.issuer).toBe('Văn phòng Chính phủ');
    expect(readIssuer(' của UBND tỉnh và tình hình thực tế')?.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(readIssuer(' của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành')?.issuer).toBe(
      'Bộ Giáo dục và Đào tạo',
    );
    expect(readIssuer(' của Thủ tướng Chính \n\nphủ phê\nduyệt Đề án')?.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('takes date and issuer from "Ngày …, X đã ban hành …"', () => {
    expect(cite('Ngày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg về việc')).toEqual([
      { number: '06/CT-TTg', type: 'Chỉ thị', date: '2015-04-21', issuer: 'Thủ tướng Chính phủ' },
    ]);
  });

  it('does not take dates, year ranges or "b/c" for numbers', () => {
    expect(cite('ngày 24/01/2025, giai đoạn 2021-2025, TT Tỉnh ủy (b/c), COVID-19')).toEqual([]);
  });
});
