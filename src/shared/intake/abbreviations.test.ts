import { describe, expect, it } from 'vitest';
import { expandUnitAbbreviations } from './abbreviations.js';
import { extractDirective } from './extract.js';
import { loadUnits } from './test-support.js';

const units = loadUnits();
const roles = (text: string) =>
  extractDirective(text, units).assignedUnits.map((u) => [u.name, u.unitCode, u.roles.join('+')]);

describe('unit name abbreviations', () => {
  it('expands the forms letters use, only where they are a name part', () => {
    expect(expandUnitAbbreviations('Sở KH&ĐT')).toBe('Sở Kế hoạch và Đầu tư');
    expect(expandUnitAbbreviations('Sở GDĐT')).toBe('Sở Giáo dục và Đào tạo');
    expect(expandUnitAbbreviations('Sở VH,TT&DL')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(expandUnitAbbreviations('Bộ Chỉ huy BĐBP tỉnh')).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    // "TC" is "Tài chính" only right after "Sở"/"Bộ"; "CT" in a number stays.
    expect(expandUnitAbbreviations('Sở TC')).toBe('Sở Tài chính');
    expect(expandUnitAbbreviations('Chỉ thị 08/CT-UBND')).toBe('Chỉ thị 08/CT-UBND');
  });

  it('matches an abbreviated name against the directory, in the body and in "Kính gửi"', () => {
    const text =
      'Kính gửi:\n- Sở GD&ĐT;\n- BCH Quân sự tỉnh.\n1. Sở VHTTDL chủ trì, phối hợp với Sở GD&ĐT tổ chức giao lưu.\n';
    expect(roles(text)).toEqual([
      ['Sở Giáo dục và Đào tạo', 'SGDDT', 'coordinator'],
      ['Bộ Chỉ huy Quân sự tỉnh', 'BCHQS', 'lead'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'lead'],
    ]);
  });
});

describe('units named by a list', () => {
  it('reads "Ủy ban nhân dân các tỉnh: A, B và C" as one unit each, with the list\'s role', () => {
    const text =
      'Bộ Ngoại giao chủ trì, phối hợp với Ủy ban nhân dân các tỉnh: Kon Tum, Gia Lai và Đắk Lắk rà soát các dự án.\n';
    expect(roles(text)).toEqual([
      ['Bộ Ngoại giao', null, 'lead'],
      ['Ủy ban nhân dân tỉnh Kon Tum', null, 'coordinator'],
      ['Ủy ban nhân dân tỉnh Gia Lai', 'UBNDT', 'coordinator'],
      ['Ủy ban nhân dân tỉnh Đắk Lắk', null, 'coordinator'],
    ]);
    expect(extractDirective(text, units).assignedGroups).toEqual([]);
  });

  it('reads a footnote "Các xã: …" marked with a superscript or a glued digit in place of the group', () => {
    for (const marker of ['²', '2']) {
      const text = `1. Sở Ngoại vụ hướng dẫn.\n2. UBND các xã biên giới${marker} phối hợp với Sở Nông nghiệp và Môi trường cập nhật hồ sơ mốc.\n______\n${marker} Các xã: Ia Dom, Ia Nan.\n`;
      const x = extractDirective(text, units);
      expect(x.assignedUnits.map((u) => [u.name, u.unitCode, u.roles.join('+')])).toEqual([
        ['Sở Ngoại vụ', 'SNgV', 'lead'],
        ['Sở Nông nghiệp và Môi trường', 'SNNMT', 'coordinator'],
        ['Xã Ia Dom', '23872', 'lead'],
        ['Xã Ia Nan', '23884', 'lead'],
      ]);
      expect(x.assignedGroups).toEqual([]);
    }
  });
});

describe('a caption over two lines', () => {
  it('gives the date in words and the issuer on the next line', () => {
    const x = extractDirective(
      'QUY CHẾ\nPhối hợp quản lý đoàn ra\n(Ban hành kèm theo Quyết định số 17/2023/QĐ-UBND ngày 03 tháng 4 năm 2023\ncủa Ủy ban nhân dân tỉnh Kon Tum)\nĐiều 1. Phạm vi\n',
      units,
    );
    expect([x.date, x.issuer]).toEqual(['2023-04-03', 'Ủy ban nhân dân tỉnh Kon Tum']);
  });
});
