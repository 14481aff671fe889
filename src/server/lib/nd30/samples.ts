// Two sample documents that exercise every part of the layout: the tests render them, and
// `npx tsx src/server/lib/nd30/samples.ts OUT_DIR` writes them as .docx to look at.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LETTERHEAD, renderOfficialDocument } from './index.js';
import type { OfficialDocument } from './types.js';

const communes = Array.from({ length: 72 }, (_, i) => `Xã Mẫu ${i + 1}`);

export const sampleReport: OfficialDocument = {
  kind: 'bao-cao',
  letterhead: DEFAULT_LETTERHEAD,
  number: null,
  date: null,
  draftYear: 2026,
  summary: 'Kết quả thực hiện Kế hoạch số 34-KH/TU của Ban Thường vụ Tỉnh ủy 6 tháng đầu năm 2026',
  recipients: ['Ủy ban nhân dân tỉnh'],
  body: [
    {
      kind: 'paragraph',
      content:
        'Thực hiện Công văn số 245/UBND-NgV ngày 20/02/2026 của Ủy ban nhân dân tỉnh, Sở Ngoại vụ báo cáo kết quả thực hiện như sau:',
    },
    { kind: 'heading', level: 1, text: 'I. Kết quả đạt được' },
    { kind: 'heading', level: 2, text: '1. Công tác lãnh đạo, chỉ đạo, quán triệt' },
    {
      kind: 'paragraph',
      content: [
        'Tổng số ',
        { text: '381', bold: true },
        ' nhiệm vụ; 300 nhiệm vụ đến hạn đã hoàn thành, đạt 78,74 % (đúng hạn 280, quá hạn 20); chưa hoàn thành 81 (trong hạn 8, quá hạn 73)',
        { footnote: 'Số liệu chốt đến ngày 14/6/2026.' },
        ' (có phụ lục kèm theo).',
      ],
    },
    ...Array.from({ length: 14 }, (_, i) => ({
      kind: 'bullet' as const,
      content: `Đơn vị thứ ${i + 1} đã ban hành kế hoạch thực hiện, tổ chức quán triệt đến cán bộ, công chức, viên chức và người lao động; kết quả cụ thể được nêu tại Phụ lục I.`,
    })),
    { kind: 'heading', level: 1, text: 'II. Tồn tại, hạn chế và nguyên nhân' },
    { kind: 'paragraph', content: 'Một số đơn vị chưa ban hành kế hoạch thực hiện đúng thời hạn.' },
    { kind: 'paragraph', content: 'Trên đây là báo cáo kết quả thực hiện của Sở Ngoại vụ' },
  ],
  signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Văn Mẫu' },
  distribution: ['UBND tỉnh (b/c)', 'Giám đốc, các PGĐ Sở', 'Lưu: VT, HTQT'],
  annexes: [
    {
      label: 'Phụ lục I',
      title: 'Kết quả thực hiện nhiệm vụ của từng đơn vị',
      landscape: true,
      table: {
        fontPt: 11,
        columns: [
          { title: 'STT', width: 1, align: 'center' },
          { title: 'Đơn vị', width: 5 },
          { title: 'Nhiệm vụ', width: 8 },
          { title: 'Sản phẩm', width: 4 },
          { title: 'Thời hạn', width: 2.4, align: 'center' },
          { title: 'Tình trạng', width: 3 },
          { title: 'Ghi chú', width: 3 },
        ],
        rows: [
          { cells: ['Các sở, ban, ngành'], group: true },
          [
            '1',
            'Sở Văn hóa, Thể thao và Du lịch',
            'Ban hành kế hoạch thực hiện',
            'Kế hoạch',
            '15/3/2026',
            'Quá hạn, chưa thực hiện',
            '',
          ],
          { cells: ['UBND các xã, phường'], group: true },
          ...communes.map((c, i) => [
            String(i + 2),
            c,
            'Ban hành kế hoạch thực hiện',
            'Kế hoạch',
            '15/3/2026',
            'Chưa nộp',
            '',
          ]),
        ],
      },
    },
  ],
};

export const sampleLetter: OfficialDocument = {
  kind: 'cong-van',
  letterhead: DEFAULT_LETTERHEAD,
  number: 5,
  date: '2026-03-05',
  summary: 'đôn đốc ban hành kế hoạch thực hiện Kế hoạch số 34-KH/TU',
  recipients: [
    'Sở Văn hóa, Thể thao và Du lịch',
    'Ủy ban nhân dân các xã, phường có tên tại phụ lục kèm theo',
  ],
  body: [
    {
      kind: 'paragraph',
      content:
        'Thực hiện Công văn số 245/UBND-NgV ngày 20/02/2026 của Ủy ban nhân dân tỉnh, yêu cầu các đơn vị ban hành kế hoạch thực hiện trước ngày 15/3/2026.',
    },
    {
      kind: 'paragraph',
      content: [
        'Đến nay, Sở Ngoại vụ đã nhận được 82/155 kế hoạch; còn 73 đơn vị chưa ban hành kế hoạch',
        { footnote: ['Sở Văn hóa, Thể thao và Du lịch; ', communes.join('; '), '.'] },
        '.',
      ],
    },
    {
      kind: 'paragraph',
      content:
        'Sở Ngoại vụ đề nghị các đơn vị khẩn trương ban hành kế hoạch, gửi về Sở Ngoại vụ trước ngày 25/3/2026. Quá thời hạn trên, Sở Ngoại vụ sẽ tổng hợp danh sách, báo cáo UBND tỉnh xem xét',
    },
  ],
  signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Văn Mẫu' },
  distribution: ['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT, HTQT'],
};

if (process.argv[1]?.endsWith('samples.ts')) {
  const out = process.argv[2] ?? '.';
  writeFileSync(join(out, 'sample-report.docx'), await renderOfficialDocument(sampleReport));
  writeFileSync(join(out, 'sample-letter.docx'), await renderOfficialDocument(sampleLetter));
  console.log(`wrote ${out}/sample-report.docx and ${out}/sample-letter.docx`);
}
