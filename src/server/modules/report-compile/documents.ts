// The compiled report (BÁO CÁO …/BC-SNgV) with Phụ lục I and II, the annex workbook, and the
// covering công văn that opens a round — content only: lib/nd30 lays every page out.

import {
  type CommitmentField,
  type CommitmentForm,
  commitmentFieldLabels,
  commitmentFormLabels,
} from '../../../shared/commitments.js';
import { submissionStatus, submissionStatusLabels } from '../../../shared/report-rounds.js';
import { type AssignmentStatus, statusLabels } from '../../../shared/status.js';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import {
  type Block,
  type Content,
  DEFAULT_LETTERHEAD,
  type OfficialDocument,
  renderOfficialDocument,
  type TableRowSpec,
} from '../../lib/nd30/index.js';
import { addSheet, newWorkbook, workbookBytes } from '../files/excel.js';
import type { ReportDraft } from './draft.js';
import type { CommitmentLine, TaskLine, UnitFigures } from './repo.js';

const nf = new Intl.NumberFormat('vi-VN');
const dmy = (d: string | null | undefined) =>
  d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '';
const isDepartment = (kind: string) => kind === 'tinh' || kind === 'so' || kind === 'ban_nganh';

/** The draft's text as blocks: blank lines part paragraphs, "- " lines are bullets, "1. " sub-headings. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (line.startsWith('- ')) blocks.push({ kind: 'bullet', content: line.slice(2) });
    else if (/^\d+\.\s/.test(line) && line.length < 200)
      blocks.push({ kind: 'heading', level: 2, text: line });
    else blocks.push({ kind: 'paragraph', content: line });
  }
  return blocks;
}

function reportingContent(draft: ReportDraft, notSent: string[]): Content {
  if (!notSent.length) return draft.reporting;
  // the footnote names the units, as the first directive's footnote 2 does
  const text = draft.reporting.replace(/\.\s*$/, '');
  return [text, { footnote: `${notSent.join('; ')}.` }, '.'];
}

function unitStatus(u: UnitFigures, dueOn: string, today: string) {
  const s = submissionStatus(u.sentOn, dueOn, today);
  return u.sentOn ? `${submissionStatusLabels[s]} (${dmy(u.sentOn)})` : submissionStatusLabels[s];
}

function annexI(units: UnitFigures[], dueOn: string, today: string): TableRowSpec[] {
  const rows: TableRowSpec[] = [];
  const groups: [string, UnitFigures[]][] = [
    ['Các sở, ban, ngành', units.filter((u) => isDepartment(u.kind))],
    ['UBND các xã, phường', units.filter((u) => !isDepartment(u.kind))],
  ];
  let i = 0;
  for (const [label, list] of groups) {
    if (!list.length) continue;
    rows.push({ cells: [label], group: true });
    for (const u of list) {
      i += 1;
      rows.push({
        cells: [
          String(i),
          u.name,
          nf.format(u.total),
          nf.format(u.doneOnTime),
          nf.format(u.doneLate),
          nf.format(u.inProgress + u.notStarted),
          nf.format(u.overdue),
          unitStatus(u, dueOn, today),
        ],
      });
    }
  }
  return rows;
}

const annexIColumns = [
  { title: 'STT', width: 1, align: 'center' as const },
  { title: 'Đơn vị', width: 6 },
  { title: 'Tổng số nhiệm vụ', width: 2, align: 'center' as const },
  { title: 'Hoàn thành đúng hạn', width: 2, align: 'center' as const },
  { title: 'Hoàn thành quá hạn', width: 2, align: 'center' as const },
  { title: 'Chưa hoàn thành, trong hạn', width: 2, align: 'center' as const },
  { title: 'Chưa hoàn thành, quá hạn', width: 2, align: 'center' as const },
  { title: 'Gửi báo cáo', width: 3 },
];

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const review = (c: CommitmentLine) => (c.detail.review ?? {}) as Record<string, unknown>;

function commitmentRow(c: CommitmentLine, i: number): string[] {
  const d = c.detail;
  const partner = [text(d.partner), text(d.country)].filter(Boolean).join(', ');
  const obstacles = (d.obstacles as { description: string; proposal: string }[]) ?? [];
  return [
    String(i + 1),
    partner,
    dmy(text(d.signedOn)),
    commitmentFormLabels[d.form as CommitmentForm] ?? text(d.form),
    commitmentFieldLabels[d.field as CommitmentField] ?? text(d.field),
    c.title,
    c.unitName,
    `${c.progress} % — ${statusLabels[c.status as AssignmentStatus] ?? c.status}`,
    [text(review(c).difficulties), ...obstacles.map((o) => o.description)].filter(Boolean).join('; '),
    [c.comment, ...obstacles.map((o) => o.proposal)].filter(Boolean).join('; '),
  ];
}

const annexIIColumns = [
  { title: 'STT', width: 1, align: 'center' as const },
  { title: 'Đối tác, quốc gia', width: 3 },
  { title: 'Ngày ký', width: 2, align: 'center' as const },
  { title: 'Hình thức', width: 2 },
  { title: 'Lĩnh vực', width: 2 },
  { title: 'Nội dung', width: 4 },
  { title: 'Đơn vị chủ trì', width: 3 },
  { title: 'Tiến độ', width: 2 },
  { title: 'Khó khăn', width: 3 },
  { title: 'Kiến nghị', width: 3 },
];

export interface CompiledInput {
  draft: ReportDraft;
  round: { dueOn: string; includeCommitments: boolean; periodEnd: string };
  units: UnitFigures[];
  commitments: CommitmentLine[];
  today: string;
  /** A numbered, dated report; a draft otherwise. */
  number?: number | null;
  date?: string | null;
}

export function compiledReport(input: CompiledInput): OfficialDocument {
  const { draft, units } = input;
  const notSent = units.filter((u) => !u.sentOn).map((u) => u.name);
  const body: Block[] = [{ kind: 'paragraph', content: draft.intro }];
  draft.sections.forEach((s, i) => {
    body.push({ kind: 'heading', level: 1, text: s.title });
    if (i === 0) {
      body.push({ kind: 'paragraph', content: draft.statistics });
      body.push({ kind: 'paragraph', content: reportingContent(draft, notSent) });
    }
    body.push(...textBlocks(s.text));
  });
  body.push({ kind: 'paragraph', content: draft.closing });
  const annexes: OfficialDocument['annexes'] = [
    {
      label: 'Phụ lục I',
      title: 'Kết quả thực hiện nhiệm vụ và gửi báo cáo của từng đơn vị',
      landscape: true,
      table: { columns: annexIColumns, rows: annexI(units, input.round.dueOn, input.today), fontPt: 11 },
    },
  ];
  if (input.round.includeCommitments)
    annexes.push({
      label: 'Phụ lục II',
      title: 'Tình hình thực hiện các cam kết, thỏa thuận',
      landscape: true,
      table: { columns: annexIIColumns, rows: input.commitments.map(commitmentRow), fontPt: 11 },
    });
  return {
    kind: 'bao-cao',
    letterhead: DEFAULT_LETTERHEAD,
    number: input.number ?? null,
    date: input.date ?? null,
    draftYear: Number(input.today.slice(0, 4)),
    summary: draft.summary,
    recipients: ['Ủy ban nhân dân tỉnh'],
    body,
    signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: '' },
    distribution: ['UBND tỉnh (b/c)', 'Giám đốc, các Phó Giám đốc Sở', 'Lưu: VT, HTQT'],
    annexes,
  };
}

export const renderCompiledReport = (input: CompiledInput) => renderOfficialDocument(compiledReport(input));

/** Phụ lục I (per unit, and every task line) and Phụ lục II as a workbook. */
export async function annexWorkbook(
  input: CompiledInput & { tasks: TaskLine[]; title: string; periodLabel: string },
): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'doingoai — Sở Ngoại vụ Gia Lai';
  const subtitle = [`${input.title} — ${input.periodLabel}`];
  addSheet(wb, {
    name: 'Phụ lục I - Đơn vị',
    title: 'PHỤ LỤC I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ GỬI BÁO CÁO CỦA TỪNG ĐƠN VỊ',
    subtitle,
    columns: [
      { header: 'STT', width: 6, value: (_r, i) => i + 1 },
      { header: 'Đơn vị', width: 40, value: (u) => u.name },
      { header: 'Tổng số nhiệm vụ', width: 12, value: (u) => u.total },
      { header: 'Hoàn thành đúng hạn', width: 12, value: (u) => u.doneOnTime },
      { header: 'Hoàn thành quá hạn', width: 12, value: (u) => u.doneLate },
      { header: 'Chưa hoàn thành, trong hạn', width: 14, value: (u) => u.inProgress + u.notStarted },
      { header: 'Chưa hoàn thành, quá hạn', width: 14, value: (u) => u.overdue },
      { header: 'Gửi báo cáo', width: 24, value: (u) => unitStatus(u, input.round.dueOn, input.today) },
    ],
    rows: input.units,
  });
  addSheet(wb, {
    name: 'Phụ lục I - Nhiệm vụ',
    title: 'CHI TIẾT NHIỆM VỤ CỦA TỪNG ĐƠN VỊ',
    subtitle,
    columns: [
      { header: 'STT', width: 6, value: (_r, i) => i + 1 },
      { header: 'Đơn vị', width: 32, value: (t) => t.unitName },
      { header: 'Nhiệm vụ', width: 50, value: (t) => t.title },
      { header: 'Văn bản', width: 16, value: (t) => t.source },
      { header: 'Sản phẩm', width: 24, value: (t) => t.product ?? '' },
      { header: 'Thời hạn', width: 12, value: (t) => dmy(t.dueOn) },
      {
        header: 'Tình trạng',
        width: 24,
        value: (t) => statusLabels[t.status as AssignmentStatus] ?? t.status,
      },
      { header: 'Tiến độ (%)', width: 10, value: (t) => t.progress },
      { header: 'Ghi chú', width: 40, value: (t) => [t.comment, t.latestNote].filter(Boolean).join(' — ') },
    ],
    rows: input.tasks,
  });
  if (input.round.includeCommitments)
    addSheet(wb, {
      name: 'Phụ lục II - Cam kết',
      title: 'PHỤ LỤC II. TÌNH HÌNH THỰC HIỆN CÁC CAM KẾT, THỎA THUẬN',
      subtitle,
      columns: annexIIColumns.map((c, k) => ({
        header: c.title,
        width: k === 0 ? 6 : c.width * 8,
        value: (row: string[]) => row[k],
      })),
      rows: input.commitments.map(commitmentRow),
    });
  return workbookBytes(wb);
}

/** The covering công văn that opens a round, with the outline as its annex. */
export function roundLetter(input: {
  round: {
    title: string;
    periodLabel: string;
    periodStart: string;
    periodEnd: string;
    dueOn: string;
    groups: string[];
    outline: { title: string; hint: string }[];
    documents: { number: string; summary: string }[];
    includeCommitments: boolean;
  };
  unitNames: string[];
  today: string;
}): OfficialDocument {
  const { round } = input;
  const groups = round.groups.map((g) => unitGroups[g as UnitGroupCode]?.label).filter(Boolean) as string[];
  const recipients = groups.length
    ? groups.map((g) => g.charAt(0).toUpperCase() + g.slice(1))
    : input.unitNames.length <= 8
      ? input.unitNames
      : ['Các đơn vị có tên tại danh sách kèm theo'];
  const basis = round.documents.map((d) => `${d.number}${d.summary ? ` (${d.summary})` : ''}`).join('; ');
  const scope = [
    round.documents.map((d) => d.number).join(', '),
    round.includeCommitments ? 'các cam kết, thỏa thuận quốc tế' : '',
  ]
    .filter(Boolean)
    .join(' và ');
  const body: Block[] = [
    {
      kind: 'paragraph',
      content: `Thực hiện ${basis || 'nhiệm vụ được giao'}, để có cơ sở tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Sở Ngoại vụ đề nghị các đơn vị báo cáo kết quả thực hiện ${scope} ${round.periodLabel}, cụ thể như sau:`,
    },
    {
      kind: 'bullet',
      content: `Thời gian lấy số liệu: từ ngày ${dmy(round.periodStart)} đến ngày ${dmy(round.periodEnd)}.`,
    },
    { kind: 'bullet', content: 'Nội dung báo cáo: theo đề cương kèm theo.' },
    {
      kind: 'bullet',
      content: [
        'Thời hạn gửi báo cáo: ',
        { text: `trước ngày ${dmy(round.dueOn)}`, bold: true },
        '. Báo cáo được lập trên hệ thống theo dõi, đôn đốc của Sở Ngoại vụ (mục Kỳ báo cáo): số liệu nhiệm vụ, cam kết của đơn vị đã được điền sẵn; đơn vị bổ sung nội dung, thủ trưởng đơn vị duyệt và gửi, đính kèm bản ký số.',
      ],
    },
    {
      kind: 'paragraph',
      content: 'Sở Ngoại vụ đề nghị các đơn vị quan tâm, phối hợp thực hiện đúng thời hạn',
    },
  ];
  const outline: Block[] = input.round.outline.flatMap((o) => [
    { kind: 'heading', level: 1, text: o.title } as Block,
    ...(o.hint ? [{ kind: 'paragraph', content: o.hint } as Block] : []),
  ]);
  return {
    kind: 'cong-van',
    letterhead: DEFAULT_LETTERHEAD,
    number: null,
    date: null,
    draftYear: Number(input.today.slice(0, 4)),
    summary: `báo cáo kết quả thực hiện ${scope} ${round.periodLabel}`.replace(/\s+/g, ' '),
    recipients,
    body,
    signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: '' },
    distribution: ['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT, HTQT'],
    annexes: [{ label: 'Phụ lục', title: 'Đề cương báo cáo', before: outline }],
  };
}
