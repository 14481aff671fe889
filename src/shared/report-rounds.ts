// Report rounds (kỳ báo cáo): the default outline (đề cương), a submission's computed status and
// the on-time rate. Pure; the server and the web app both use it.
import { type PeriodKind, type PeriodStyle, periodContaining, periodLabel, periodWindow } from './periods.js';
import type { WorkflowState } from './workflow.js';

export interface OutlineSection {
  /** Stable key the units' narratives are stored under. */
  key: string;
  /** The heading as the report prints it ("I. KẾT QUẢ ĐẠT ĐƯỢC"). */
  title: string;
  /** What the section should say (shown to the unit). */
  hint: string;
}

/** The outline real reports share (reference/official-documents.md §3). */
export const defaultOutline: OutlineSection[] = [
  {
    key: 'results',
    title: 'I. KẾT QUẢ ĐẠT ĐƯỢC',
    hint: '1. Công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền; 2. Kết quả thực hiện từng nhiệm vụ, từng cam kết (có số liệu cụ thể).',
  },
  {
    key: 'limitations',
    title: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    hint: 'Những tồn tại, hạn chế, khó khăn, vướng mắc; nguyên nhân khách quan, chủ quan.',
  },
  {
    key: 'directions',
    title: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    hint: 'Nhiệm vụ, giải pháp trọng tâm trong kỳ tới.',
  },
  {
    key: 'proposals',
    title: 'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    hint: 'Kiến nghị, đề xuất với UBND tỉnh, Sở Ngoại vụ và các cơ quan liên quan.',
  },
];

export const roundStatuses = ['open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export const roundStatusLabels: Record<RoundStatus, string> = {
  open: 'Đang nhận báo cáo',
  closed: 'Đã đóng',
};

/** Where a unit's report stands against the deadline. */
export const submissionStatuses = ['on_time', 'late', 'not_due', 'missing'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  not_due: 'Chưa đến hạn',
  missing: 'Quá hạn chưa gửi',
};

export const submissionStatusColors: Record<SubmissionStatus, string> = {
  on_time: 'success',
  late: 'warning',
  not_due: 'default',
  missing: 'error',
};

/**
 * A report counts as sent on the day its head confirmed the version Sở Ngoại vụ accepts (the
 * unit's report reaches Sở Ngoại vụ then): a return clears that day and the next confirmation
 * sets it again, as a returned product is work again. Sent by the deadline is on time, after it late; not sent is "not yet due" until the deadline has passed,
 * then missing. The deadline day itself is still in time.
 */
export function submissionStatus(sentOn: string | null, dueOn: string, today: string): SubmissionStatus {
  if (sentOn) return sentOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'missing' : 'not_due';
}

/** The share (0–100, one decimal) of reports due that were sent on time; null when none was due. */
export function onTimeRate(statuses: readonly SubmissionStatus[]): number | null {
  const due = statuses.filter((s) => s !== 'not_due').length;
  if (!due) return null;
  const onTime = statuses.filter((s) => s === 'on_time').length;
  return Math.round((onTime * 1000) / due) / 10;
}

export const itemKinds = ['assignment', 'commitment'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** The workflow states in which the unit may still edit its report. */
export const editableStates: readonly WorkflowState[] = ['open', 'returned'];

const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** How a round names its period: "6 tháng đầu năm 2026" for a standard window, else the dates. */
export function describePeriod(kind: PeriodKind, style: PeriodStyle, start: string, end: string): string {
  if (kind !== 'ad_hoc') {
    const p = periodContaining(kind, end, style);
    const w = p && periodWindow(kind, p.year, p.index, style);
    if (p && w && w.start === start && w.end === end) return periodLabel(kind, p.year, p.index);
  }
  return `từ ngày ${dmy(start)} đến ngày ${dmy(end)}`;
}
