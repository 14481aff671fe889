import { describe, expect, it } from 'vitest';
import { normalizeVi } from '../vn-text.js';
import { extractDirective } from './extract.js';
import { corpusExpected, corpusText, loadUnits } from './test-support.js';

const units = loadUnits();
const SEEDS = ['000_fd07b40862721a3b', '001_b1eea4e8ab42de15'];
const key = (s: string) => normalizeVi(s);

describe.each(SEEDS)('seed %s', (seed) => {
  const expected = corpusExpected(seed);
  const result = extractDirective(corpusText(seed), units);

  it('reads the header fields, issuer, summary and signer', () => {
    expect(result.number).toBe(expected.number);
    expect(result.type).toBe(expected.type);
    expect(result.date).toBe(expected.date);
    expect(result.issuer).toBe(expected.issuer);
    expect(result.summary).toBe(expected.summary);
    expect(result.signer).toBe(expected.signer);
  });

  it('finds every cited document with its date and issuer', () => {
    expect(result.citedDocuments.map(({ number, date, issuer }) => ({ number, date, issuer }))).toEqual(
      expected.citedDocuments,
    );
  });

  it('finds every deadline', () => {
    expect(result.deadlines.map(({ date, text }) => ({ date, text }))).toEqual(expected.deadlines);
  });

  it('matches every assigned unit to its code and lists the groups', () => {
    const got = result.assignedUnits.map(({ name, unitCode }) => ({ name, unitCode }));
    expect(got).toHaveLength(expected.assignedUnits.length);
    expect(got).toEqual(expect.arrayContaining(expected.assignedUnits));
    expect(result.assignedGroups).toEqual(expected.assignedGroups);
  });

  it('finds each numbered task with its units and deadline', () => {
    const tasks = expected.tasks ?? [];
    expect(result.tasks).toHaveLength(tasks.length);
    tasks.forEach((task, i) => {
      const got = result.tasks[i];
      expect(got?.deadline).toBe(task.deadline);
      expect(new Set(got?.units.map(key))).toEqual(new Set(task.units.map(key)));
    });
  });

  it('points every span at the text it came from', () => {
    const src = result.sourceText;
    if (result.signer && result.spans.signer) expect(src.slice(...result.spans.signer)).toBe(result.signer);
    for (const d of result.deadlines) expect(src.slice(...d.span).replace(/\s+/g, ' ')).toBe(d.text);
    for (const c of result.citedDocuments)
      expect(src.slice(...c.span).replace(/\s+/g, '')).toContain(c.number);
    for (const u of result.assignedUnits) {
      for (const m of u.mentions)
        expect(key(src.slice(...m))).toContain(key(u.name).replace(/^(xa|phuong) /, ''));
    }
    for (const spans of result.spans.assignedGroups) expect(spans.length).toBeGreaterThan(0);
    expect(result.spans.assignedGroups).toHaveLength(result.assignedGroups.length);
  });
});

describe('seed 000 specifics', () => {
  const result = extractDirective(corpusText('000_fd07b40862721a3b'), units);

  it('takes the 72 communes of footnote 2 for task 4 and Sở Văn hóa of footnote 1 for task 3', () => {
    expect(result.tasks[3]?.units).toHaveLength(72);
    expect(result.tasks[3]?.units).toContain('Xã Kon Gang');
    expect(result.tasks[2]?.units).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(result.assignedUnits.find((u) => u.name === 'Xã SRó')?.unitCode).toBe('23839');
  });

  it('drafts each task with the whole text of its item, never cut', () => {
    for (const t of result.tasks) expect(t.text).not.toMatch(/…/);
    expect(result.tasks[4]?.text).toMatch(/^Giao Sở Ngoại vụ làm đầu mối/);
    expect(result.tasks[4]?.text).toContain(
      'tham mưu ban hành kế hoạch thực hiện hàng năm (năm 2026 yêu cầu trình UBND tỉnh trước ngày 17/3/2026)',
    );
    expect(result.tasks[4]?.text).toMatch(/phù hợp định hướng của Trung ương và điều kiện của tỉnh$/);
    expect(result.tasks[3]?.text).toContain('gửi Sở Ngoại vụ trước ngày 15/3/2026 để tổng hợp, theo dõi');
  });

  it('keeps footnotes out of the task text', () => {
    expect(result.tasks[2]?.text).not.toMatch(/Du lịch/);
    expect(result.tasks[2]?.text).toMatch(/thực hiện, yêu cầu/);
  });
});

describe('extractDirective on a standard Decree 30 header', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH GIA LAI',
    '-------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 123/UBND-KGVX',
    'V/v báo cáo kết quả thực hiện',
    'Gia Lai, ngày 05 tháng 3 năm 2026',
    'Kính gửi:',
    '- Sở Ngoại vụ;',
    '- UBND các phường.',
    'Ủy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện như sau:',
    '1. Sở Ngoại vụ chủ trì tổng hợp, báo cáo UBND tỉnh trong tháng 4 năm 2026.',
    '2. UBND các phường báo cáo kết quả quý II/2026; định kỳ hằng năm gửi Sở Ngoại vụ.',
    '3. Giao Sở Tài chính, Sở Kế hoạch và Đầu tư bố trí kinh phí chậm nhất ngày 30/6.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn An',
  ].join('\n');
  const r = extractDirective(text, units);

  it('reads number, type, date, issuer, summary, signature', () => {
    expect(r).toMatchObject({
      number: '123/UBND-KGVX',
      type: 'Công văn',
      date: '2026-03-05',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      summary: 'V/v báo cáo kết quả thực hiện',
      signer: 'Nguyễn Văn An',
      signingAuthority: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    });
  });

  it('reads deadlines of every form, the year taken from the document date when missing', () => {
    expect(r.deadlines.map((d) => [d.date, d.text])).toEqual([
      ['2026-04-30', 'trong tháng 4 năm 2026'],
      [null, 'định kỳ hằng năm'],
      ['2026-06-30', 'chậm nhất ngày 30/6'],
    ]);
  });

  it('gives each task its units; unknown departments are kept as text', () => {
    expect(r.tasks.map((t) => [t.units, t.deadline])).toEqual([
      [['Sở Ngoại vụ'], '2026-04-30'],
      [['UBND các phường'], null],
      [['Sở Tài chính', 'Sở Kế hoạch và Đầu tư'], '2026-06-30'],
    ]);
    expect(r.assignedUnits.find((u) => u.name === 'Sở Kế hoạch và Đầu tư')?.unitCode).toBeNull();
    expect(r.assignedGroups).toEqual(['UBND các phường']);
  });
});

describe('extractDirective on a plan with sections', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH GIA LAI',
    'Số: 45/KH-UBND',
    'Gia Lai, ngày 10 tháng 02 năm 2026',
    'KẾ HOẠCH',
    'Thực hiện Kết luận số 12-KL/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Nâng cao nhận thức của các sở, ban, ngành.',
    '2. Bảo đảm hiệu quả.',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Rà soát các thỏa thuận quốc tế đã ký kết',
    '- Cơ quan chủ trì: Sở Ngoại vụ; cơ quan phối hợp: Sở Nội vụ, Sở Tư pháp.',
    '- Thời gian hoàn thành: Quý II/2026.',
    '2. Tổ chức hội nghị xúc tiến đầu tư',
    'Giao Sở Tài chính chủ trì, phối hợp với UBND các xã, phường tổ chức trong tháng 9 năm 2026.',
    '3. Báo cáo kết quả',
    'UBND các phường và Ban Quản lý Khu kinh tế tỉnh báo cáo định kỳ hằng quý về Sở Ngoại vụ.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này triển khai thực hiện./.',
    'Nơi nhận:',
    '- Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Rah Lan Chung',
  ].join('\n');
  const r = extractDirective(text, units);

  it('takes tasks from the task sections only, with lead units, not partners or recipients', () => {
    expect(r.tasks.map((t) => [t.text, t.units, t.deadline, t.deadlineText])).toEqual([
      [
        'Rà soát các thỏa thuận quốc tế đã ký kết. - Cơ quan chủ trì: Sở Ngoại vụ; cơ quan phối hợp: Sở Nội vụ, Sở Tư pháp. - Thời gian hoàn thành: Quý II/2026',
        ['Sở Ngoại vụ'],
        '2026-06-30',
        'Thời gian hoàn thành: Quý II/2026',
      ],
      [
        'Tổ chức hội nghị xúc tiến đầu tư. Giao Sở Tài chính chủ trì, phối hợp với UBND các xã, phường tổ chức trong tháng 9 năm 2026',
        ['Sở Tài chính'],
        '2026-09-30',
        'trong tháng 9 năm 2026',
      ],
      [
        'Báo cáo kết quả. UBND các phường và Ban Quản lý Khu kinh tế tỉnh báo cáo định kỳ hằng quý về Sở Ngoại vụ',
        ['UBND các phường', 'Ban Quản lý Khu kinh tế tỉnh'],
        null,
        'hằng quý',
      ],
    ]);
    const withRole = (role: 'lead' | 'coordinator') =>
      r.assignedUnits.filter((u) => u.roles.includes(role)).map((u) => u.unitCode);
    expect(withRole('lead')).toEqual(['SNgV', 'STC', 'BQLKKT']);
    // Partners are kept, told apart: "cơ quan phối hợp: Sở Nội vụ, Sở Tư pháp".
    expect(withRole('coordinator')).toEqual(['SNV', 'STP']);
    expect(r.signer).toBe('Rah Lan Chung');
    expect(r.signingAuthority).toBe('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH');
  });

  it('survives empty and structureless input', () => {
    for (const t of ['', '  \n\n', 'abc', '1. \n2.']) expect(extractDirective(t, units).tasks).toEqual([]);
  });
});
