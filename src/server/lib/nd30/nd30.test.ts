import { describe, expect, it } from 'vitest';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../../test/render-pdf.js';
import {
  documentSymbol,
  numberLine,
  placeDateLine,
  renderOfficialDocument,
  roman,
  textWidthMm,
} from './index.js';
import { sampleLetter, sampleReport } from './samples.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the Decree 30 lines', () => {
  it('numbers with a leading zero below 10, and leaves a draft number blank', () => {
    expect(numberLine(5, 'BC-SNgV')).toBe('Số: 05/BC-SNgV');
    expect(numberLine(123, 'SNgV-HTQT')).toBe('Số: 123/SNgV-HTQT');
    expect(numberLine(null, 'BC-SNgV')).toMatch(/^Số:\s+\/BC-SNgV$/);
    expect(() => numberLine(0, 'BC-SNgV')).toThrow();
  });

  it('writes the symbol of a typed document and of a công văn', () => {
    expect(documentSymbol('bao-cao', 'SNgV', 'HTQT')).toBe('BC-SNgV');
    expect(documentSymbol('ke-hoach', 'SNgV', 'HTQT')).toBe('KH-SNgV');
    expect(documentSymbol('to-trinh', 'SNgV', 'HTQT')).toBe('TTr-SNgV');
    expect(documentSymbol('cong-van', 'SNgV', 'HTQT')).toBe('SNgV-HTQT');
  });

  it('dates with a leading zero for days below 10 and for January and February only', () => {
    expect(placeDateLine('Gia Lai', '2026-03-05')).toBe('Gia Lai, ngày 05 tháng 3 năm 2026');
    expect(placeDateLine('Gia Lai', '2026-02-20')).toBe('Gia Lai, ngày 20 tháng 02 năm 2026');
    expect(placeDateLine('Gia Lai', '2026-01-09')).toBe('Gia Lai, ngày 09 tháng 01 năm 2026');
    expect(placeDateLine('Gia Lai', '2026-12-14')).toBe('Gia Lai, ngày 14 tháng 12 năm 2026');
    expect(placeDateLine('Gia Lai', null, 2027)).toMatch(/^Gia Lai, ngày\s+tháng\s+năm 2027$/);
  });

  it('measures text as LibreOffice sets it (the reference: 88 mm at 12 pt, 96 mm at 13 pt)', () => {
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(textWidthMm(motto, 12, true)).toBeCloseTo(88, -0.5);
    expect(textWidthMm(motto, 13, true)).toBeCloseTo(96, -0.5);
    expect(textWidthMm(motto, 12, true)).toBeLessThan(103);
  });

  it('writes Roman numerals for sections and annexes', () => {
    expect([1, 2, 4, 9, 14].map(roman)).toEqual(['I', 'II', 'IV', 'IX', 'XIV']);
  });
});

describe.skipIf(!renderTestsEnabled)(`rendered to PDF ${renderSkipReason}`, () => {
  it('lays out a report on A4 with its header, unnumbered first page, footnote, signature and annex', async () => {
    const pdf = await renderDocxToPdf(await renderOfficialDocument(sampleReport));
    expect(pdf.pageSizeMm).toEqual({ width: 210, height: 297 });
    const [first, second] = pdf.pageTexts;
    for (const s of [
      'UBND TỈNH GIA LAI',
      'SỞ NGOẠI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kính gửi: Ủy ban nhân dân tỉnh.',
    ])
      expect(first).toContain(s);
    expect(first).toMatch(/\n\s*1\s*Số liệu chốt đến ngày 14\/6\/2026\./); // the footnote, at the page foot
    expect(first).toMatch(/Số:\s+\/BC-SNgV\s+Gia Lai, ngày\s+tháng\s+năm 2026/);
    // the quốc hiệu on one line: the 62/103 mm split
    expect(first).toMatch(/UBND TỈNH GIA LAI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n/);
    // no page number on page 1, "2" centred at the top of page 2
    expect(first!.trimStart().startsWith('UBND')).toBe(true);
    expect(second!.split('\n')[0]!.trim()).toBe('2');
    const body = flat(pdf.text);
    expect(body).toContain('Sở Ngoại vụ./.');
    expect(pdf.text).toMatch(/Nơi nhận:\s+KT\. GIÁM ĐỐC/);
    expect(body).toContain('Nguyễn Văn Mẫu');
    // the annex: landscape, its own caption, one row per unit, numbered from its own page 1
    const annexStart = pdf.pageTexts.findIndex((p) => /^\s*Phụ lục I\s*$/m.test(p));
    expect(annexStart).toBeGreaterThan(0);
    expect(pdf.pageSizesMm[annexStart]).toEqual({ width: 297, height: 210 });
    expect(pdf.pageTexts[annexStart]).toMatch(/\(Kèm theo Báo cáo số\s+\/BC-SNgV ngày\s+của Sở Ngoại vụ\)/);
    expect(pdf.pageTexts[annexStart + 1]!.split('\n')[0]!.trim()).toBe('2');
    expect(body).toContain('Xã Mẫu 72');
    expect(pdf.pageTexts[annexStart + 1]).toMatch(/STT\s+Đơn vị\s+Nhiệm vụ/); // header row repeated
  });

  it('lays out a công văn with V/v, a list of recipients and the laggards in a footnote', async () => {
    const pdf = await renderDocxToPdf(await renderOfficialDocument(sampleLetter));
    expect(pdf.pages).toBe(1);
    const page = pdf.pageTexts[0]!;
    expect(page).toMatch(/Số: 05\/SNgV-HTQT\s+Gia Lai, ngày 05 tháng 3 năm 2026/);
    expect(page).toContain('V/v đôn đốc ban hành kế hoạch');
    expect(page).toMatch(/Kính gửi: - Sở Văn hóa, Thể thao và Du lịch;\n\s+- Ủy ban nhân dân các xã/);
    expect(flat(page)).toContain('chưa ban hành kế hoạch1.');
    expect(page).toMatch(/\n1\s*Sở Văn hóa, Thể thao và Du lịch; Xã Mẫu 1;/);
    expect(page.replace(/\s+/g, ' ')).toContain('Xã Mẫu 71; Xã Mẫu 72.');
    expect(page).toMatch(/- Như trên;[^\n]*\n\s*- UBND tỉnh \(b\/c\);/);
    expect(page).toContain('- Lưu: VT, HTQT.');
  });
});
