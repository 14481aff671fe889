// One module lays out every official document the product writes (reports, công văn, plans) in
// the format of Decree 30/2020/NĐ-CP. Callers give content only; nothing else in the codebase
// draws a header, a signature block, a Nơi nhận, a footnote or an annex.
//
//   const docx = await renderOfficialDocument({
//     kind: 'bao-cao',                      // or 'cong-van', 'ke-hoach', 'to-trinh'…
//     letterhead: await getLetterhead(db),  // settings: UBND TỈNH GIA LAI / SỞ NGOẠI VỤ / SNgV / HTQT / Gia Lai
//     number: null, date: null,             // an unnumbered, undated draft: "Số:      /BC-SNgV"
//     draftYear: 2026,
//     summary: 'Kết quả thực hiện Kế hoạch số 34-KH/TU 6 tháng đầu năm 2026',
//     recipients: ['Ủy ban nhân dân tỉnh'], // Kính gửi (optional for a typed document)
//     body: [
//       { kind: 'heading', level: 1, text: 'I. Kết quả đạt được' },
//       { kind: 'paragraph', content: ['Có ', { text: '83', bold: true }, ' đơn vị chưa nộp', { footnote: 'Xã A; Xã B.' }, '.'] },
//       { kind: 'bullet', content: 'Sở Văn hóa, Thể thao và Du lịch: …' },
//       { kind: 'paragraph', content: 'Trên đây là báo cáo của Sở Ngoại vụ' },   // "./." is added
//     ],
//     signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: 'Nguyễn Văn A' },
//     distribution: ['UBND tỉnh (b/c)', 'Lưu: VT, HTQT'],
//     annexes: [{ label: 'Phụ lục I', title: 'Kết quả thực hiện của từng đơn vị', landscape: true,
//       table: { columns: [{ title: 'STT', width: 1, align: 'center' }, { title: 'Đơn vị', width: 5 }],
//                rows: [{ cells: ['Các sở, ban, ngành'], group: true }, ['1', 'Sở Tài chính']] } }],
//   });
//
// A công văn is the same with kind 'cong-van': its summary prints as "V/v …" under Số, its number
// as "Số:      /SNgV-HTQT", and its Nơi nhận starts with "Như trên".
import { Packer } from 'docx';
import { FastTables } from './fast-tables.js';
import { layoutOfficialDocument } from './layout.js';
import type { OfficialDocument } from './types.js';

export { layoutOfficialDocument } from './layout.js';
export {
  type DocumentKind,
  documentKinds,
  documentSymbol,
  numberLine,
  placeDateLine,
  roman,
  shortDate,
  textWidthMm,
} from './text.js';
export type * from './types.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The document as the bytes of a .docx file. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const fast = new FastTables();
  const packed = await Packer.toBuffer(layoutOfficialDocument(doc, fast));
  return fast.patchPackage(packed);
}

/** The Gia Lai letterhead, until the administrator's settings say otherwise. */
export const DEFAULT_LETTERHEAD = {
  parentBody: 'UBND TỈNH GIA LAI',
  issuer: 'SỞ NGOẠI VỤ',
  issuerName: 'Sở Ngoại vụ',
  issuerShort: 'SNgV',
  office: 'HTQT',
  place: 'Gia Lai',
} as const;
