// The KẾ HOẠCH as UBND tỉnh issues it, drafted by Sở Ngoại vụ: content only; lib/nd30 lays it
// out (Decree 30). Sections: grounds, I. purpose and requirements, II. the year's tasks by field,
// III. last year's unfinished tasks, IV. implementation; the annex is the "6 rõ" table, every
// task missing one of the six flagged in its last column.
import { clarityLabels } from '../../../shared/clarity.js';
import { recurrenceLabel } from '../../../shared/recurrence.js';
import {
  type Block,
  type OfficialDocument,
  renderOfficialDocument,
  roman,
  shortDate,
  type TableSpec,
} from '../../lib/nd30/index.js';
import type { PlanContent, PlanItem } from './content.js';

/** The issuer of the plan: UBND tỉnh (Sở Ngoại vụ drafts it). */
export const PROVINCE_LETTERHEAD = {
  parentBody: 'ỦY BAN NHÂN DÂN',
  issuer: 'TỈNH GIA LAI',
  issuerName: 'Ủy ban nhân dân tỉnh',
  issuerShort: 'UBND',
  office: 'NgV',
  place: 'Gia Lai',
} as const;

const list = (names: string[], max = 4) =>
  names.length > max
    ? `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`
    : names.join(', ');

const dueText = (i: PlanItem) =>
  i.dueOn ? shortDate(i.dueOn) : i.task.recurrence ? recurrenceLabel(i.task.recurrence) : 'Chưa rõ thời gian';

const docRef = (d: PlanContent['documents'][number]) =>
  `${d.type} số ${d.number}${d.issuedOn ? ` ngày ${shortDate(d.issuedOn)}` : ''} của ${d.issuer}`;

function taskLine(i: PlanItem): Block {
  const lead = i.task.leadNames.length ? list(i.task.leadNames) : 'chưa xác định đơn vị chủ trì';
  const extra = [
    `Chủ trì: ${lead}`,
    i.task.coordinatingNames.length ? `phối hợp: ${list(i.task.coordinatingNames)}` : null,
    `thời gian hoàn thành: ${dueText(i)}`,
  ].filter(Boolean);
  return { kind: 'bullet', content: [i.task.title, { text: ` (${extra.join('; ')}).`, italic: true }] };
}

export interface PlanDocInput {
  content: PlanContent;
  /** Issued: "15/KH-UBND" and its date; a draft leaves both for the văn thư. */
  number?: string | null;
  issuedOn?: string | null;
  draftYear: number;
  overlap?: { reviewed: number; duplicate: number; related: number; open: number };
}

export function planDocument(p: PlanDocInput): OfficialDocument {
  const c = p.content;
  const y = c.year;
  const programme = c.documents.map(docRef);
  const numbers = c.documents.map((d) => `${d.type} số ${d.number}`).join(', ');
  const body: Block[] = [
    ...programme.map((r): Block => ({ kind: 'paragraph', content: `Căn cứ ${r};` })),
    {
      kind: 'paragraph',
      content: `Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm ${y}, cụ thể như sau:`,
    },
    { kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'heading', level: 2, text: '1. Mục đích' },
    {
      kind: 'paragraph',
      content: `Cụ thể hóa các nhiệm vụ của ${numbers} thành các nhiệm vụ năm ${y}, phân công rõ trách nhiệm cho các sở, ban, ngành và UBND các xã, phường; làm cơ sở để theo dõi, đôn đốc, kiểm tra và đánh giá kết quả thực hiện.`,
    },
    { kind: 'heading', level: 2, text: '2. Yêu cầu' },
    {
      kind: 'bullet',
      content:
        'Các nhiệm vụ bảo đảm nguyên tắc "6 rõ": rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền; nhiệm vụ còn thiếu được nêu tại cột Ghi chú của Phụ lục để cơ quan chủ trì bổ sung.',
    },
    {
      kind: 'bullet',
      content: p.overlap
        ? `Bảo đảm tính đồng bộ, tránh chồng chéo, trùng lặp: đã rà soát ${p.overlap.reviewed} nhiệm vụ, hợp nhất ${p.overlap.duplicate} nhóm nhiệm vụ trùng lặp, ghi nhận ${p.overlap.related} nhóm có liên quan${p.overlap.open ? `; ${p.overlap.open} nhóm đang tiếp tục rà soát` : ''}.`
        : 'Bảo đảm tính đồng bộ, tránh chồng chéo, trùng lặp giữa các cơ quan, đơn vị.',
    },
    {
      kind: 'bullet',
      content:
        'Các cơ quan, đơn vị chủ động triển khai, báo cáo định kỳ, đột xuất kết quả thực hiện về Sở Ngoại vụ để tổng hợp, báo cáo UBND tỉnh.',
    },
    { kind: 'heading', level: 1, text: `II. NHIỆM VỤ TRỌNG TÂM NĂM ${y}` },
  ];
  if (!c.byField.length) body.push({ kind: 'paragraph', content: 'Không có nhiệm vụ mới trong năm.' });
  c.byField.forEach((g, k) => {
    body.push({ kind: 'heading', level: 2, text: `${k + 1}. ${g.label}` });
    for (const i of g.items) body.push(taskLine(i));
  });
  body.push({
    kind: 'heading',
    level: 1,
    text: `III. NHIỆM VỤ NĂM ${y - 1} CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM ${y}`,
  });
  if (!c.carried.length)
    body.push({ kind: 'paragraph', content: `Không có nhiệm vụ năm ${y - 1} chưa hoàn thành.` });
  for (const i of c.carried) body.push(taskLine(i));
  body.push(
    { kind: 'heading', level: 1, text: 'IV. TỔ CHỨC THỰC HIỆN' },
    {
      kind: 'paragraph',
      content: `1. Sở Ngoại vụ là cơ quan đầu mối, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện 6 tháng (trước ngày 15/6/${y}) và năm (trước ngày 15/12/${y}).`,
    },
    {
      kind: 'paragraph',
      content:
        '2. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch, bố trí nguồn lực triển khai; khó khăn, vướng mắc vượt thẩm quyền báo cáo UBND tỉnh (qua Sở Ngoại vụ) để xem xét, chỉ đạo.',
    },
    {
      kind: 'paragraph',
      content: '3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.',
    },
    {
      kind: 'paragraph',
      content: `Trên đây là Kế hoạch thực hiện năm ${y} của Ủy ban nhân dân tỉnh`,
    },
  );

  const rows: TableSpec['rows'] = [];
  let n = 0;
  const row = (i: PlanItem) => [
    String(++n),
    i.task.title,
    i.task.leadNames.length ? list(i.task.leadNames, 6) : '',
    list(i.task.coordinatingNames, 6),
    dueText(i),
    i.task.product ?? '',
    i.task.authority ?? '',
    i.missing.length ? `Thiếu: ${i.missing.map((m) => clarityLabels[m]).join(', ')}` : '',
  ];
  c.byField.forEach((g, k) => {
    rows.push({ cells: [`${roman(k + 1)}. ${g.label}`], group: true });
    for (const i of g.items) rows.push(row(i));
  });
  if (c.carried.length) {
    rows.push({ cells: [`${roman(c.byField.length + 1)}. Nhiệm vụ năm ${y - 1} chuyển sang`], group: true });
    for (const i of c.carried) rows.push(row(i));
  }

  return {
    kind: 'ke-hoach',
    letterhead: PROVINCE_LETTERHEAD,
    number: p.number ? Number.parseInt(p.number, 10) || null : null,
    date: p.issuedOn ?? null,
    draftYear: p.draftYear,
    summary: `Thực hiện ${numbers} năm ${y}`,
    body,
    signature: { authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer: '' },
    distribution: [
      'Ban Thường vụ Tỉnh ủy (b/c)',
      'Chủ tịch, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các xã, phường',
      'Lưu: VT, NgV',
    ],
    annexes: [
      {
        label: 'Phụ lục',
        title: `Danh mục nhiệm vụ năm ${y} (bảo đảm nguyên tắc "6 rõ")`,
        landscape: true,
        table: {
          fontPt: 11,
          columns: [
            { title: 'STT', width: 1.4, align: 'center' },
            { title: 'Nhiệm vụ', width: 8 },
            { title: 'Đơn vị chủ trì', width: 3.5 },
            { title: 'Đơn vị phối hợp', width: 3.5 },
            { title: 'Thời gian hoàn thành', width: 2.4, align: 'center' },
            { title: 'Sản phẩm', width: 3 },
            { title: 'Cấp trình', width: 2.6 },
            { title: 'Ghi chú', width: 3 },
          ],
          rows: rows.length ? rows : [['', 'Không có nhiệm vụ', '', '', '', '', '', '']],
        },
      },
    ],
  };
}

export const renderPlan = (p: PlanDocInput) => renderOfficialDocument(planDocument(p));
