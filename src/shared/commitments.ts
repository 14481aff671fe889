// Pure rules of commitments and agreements (cam kết, thỏa thuận) from high-level foreign
// activities: the vocabularies and their Vietnamese labels, progress rolled up from the roadmap,
// "at risk", the 15-day report obligation of the Law on International Agreements 2020, and VND.
// The SQL twin of the roll-up and status lives in server/modules/commitments/progress-sql.ts.
import { computeProgressStatus, type ProgressStatus } from './status.js';

export const activityKinds = ['visit_abroad', 'reception', 'conference', 'online'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindLabels: Record<ActivityKind, string> = {
  visit_abroad: 'Đoàn đi công tác nước ngoài',
  reception: 'Đón tiếp đoàn nước ngoài',
  conference: 'Hội nghị, diễn đàn',
  online: 'Hội đàm trực tuyến',
};

export const commitmentForms = ['mou', 'agreement', 'joint_statement', 'letter_of_intent', 'oral'] as const;
export type CommitmentForm = (typeof commitmentForms)[number];
export const commitmentFormLabels: Record<CommitmentForm, string> = {
  mou: 'Bản ghi nhớ (MOU)',
  agreement: 'Thỏa thuận hợp tác',
  joint_statement: 'Tuyên bố chung',
  letter_of_intent: 'Thư ý định',
  oral: 'Cam kết miệng',
};

export const partnerKinds = ['locality', 'ministry', 'organisation', 'company'] as const;
export type PartnerKind = (typeof partnerKinds)[number];
export const partnerKindLabels: Record<PartnerKind, string> = {
  locality: 'Địa phương nước ngoài',
  ministry: 'Bộ, cơ quan nước ngoài',
  organisation: 'Tổ chức quốc tế',
  company: 'Doanh nghiệp',
};

export const commitmentFields = [
  'trade',
  'investment',
  'education',
  'culture',
  'tourism',
  'agriculture',
  'health',
  'labour',
  'science',
  'environment',
  'other',
] as const;
export type CommitmentField = (typeof commitmentFields)[number];
export const commitmentFieldLabels: Record<CommitmentField, string> = {
  trade: 'Thương mại',
  investment: 'Đầu tư',
  education: 'Giáo dục, đào tạo',
  culture: 'Văn hóa',
  tourism: 'Du lịch',
  agriculture: 'Nông nghiệp',
  health: 'Y tế',
  labour: 'Lao động',
  science: 'Khoa học, công nghệ',
  environment: 'Môi trường',
  other: 'Lĩnh vực khác',
};

export const legalCompatibilities = ['compatible', 'needs_amendment', 'incompatible'] as const;
export type LegalCompatibility = (typeof legalCompatibilities)[number];
export const legalCompatibilityLabels: Record<LegalCompatibility, string> = {
  compatible: 'Phù hợp pháp luật',
  needs_amendment: 'Cần sửa đổi, bổ sung',
  incompatible: 'Không phù hợp',
};

export const feasibilities = ['high', 'medium', 'low'] as const;
export type Feasibility = (typeof feasibilities)[number];
export const feasibilityLabels: Record<Feasibility, string> = {
  high: 'Cao',
  medium: 'Trung bình',
  low: 'Thấp',
};

export const completionLevels = ['not_started', 'limited', 'substantial', 'complete'] as const;
export type CompletionLevel = (typeof completionLevels)[number];
export const completionLevelLabels: Record<CompletionLevel, string> = {
  not_started: 'Chưa triển khai',
  limited: 'Triển khai hạn chế',
  substantial: 'Triển khai phần lớn',
  complete: 'Hoàn thành',
};

export const budgetSources = ['provincial', 'central', 'oda', 'private'] as const;
export type BudgetSource = (typeof budgetSources)[number];
export const budgetSourceLabels: Record<BudgetSource, string> = {
  provincial: 'Ngân sách tỉnh',
  central: 'Ngân sách trung ương',
  oda: 'ODA, vốn nước ngoài',
  private: 'Xã hội hóa, tư nhân',
};

// ---- progress roll-up and risk ---------------------------------------------------------------

export interface MilestoneInput {
  dueOn: string | null;
  weight: number;
  progress: number;
  completedOn: string | null;
}

/** Weighted mean of milestone progress, rounded to a whole percent; 0 without a roadmap. */
export function rollUpProgress(milestones: readonly MilestoneInput[]): number {
  const total = milestones.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  const done = milestones.reduce((s, m) => s + m.weight * m.progress, 0);
  return Math.round(done / total);
}

/** A milestone past its due date and not finished makes its commitment at risk. */
export const isMilestoneOverdue = (m: MilestoneInput, today: string) =>
  m.completedOn === null && m.dueOn !== null && m.dueOn < today;

export function isAtRisk(milestones: readonly MilestoneInput[], today: string): boolean {
  return milestones.some((m) => isMilestoneOverdue(m, today));
}

/** The latest of YYYY-MM-DD dates (they sort as strings), or null. */
const latest = (dates: string[]) => (dates.length ? [...dates].sort().at(-1)! : null);

/**
 * A commitment's status in the categories of task tracking: its deadline is its last milestone,
 * it is done when every milestone is, on the date the last one was finished.
 */
export function commitmentStatus(milestones: readonly MilestoneInput[], today: string): ProgressStatus {
  const dues = milestones.map((m) => m.dueOn).filter((d): d is string => d !== null);
  const dueOn = latest(dues);
  const allDone = milestones.length > 0 && milestones.every((m) => m.completedOn !== null);
  const completedOn = allDone ? latest(milestones.map((m) => m.completedOn as string)) : null;
  const progress = rollUpProgress(milestones);
  return computeProgressStatus({ dueOn, completedOn, progress, started: progress > 0 }, today);
}

// ---- Law on International Agreements 2020: report within 15 days of signing -------------------

export const LEGAL_REPORT_DAYS = 15;
export const legalReportStates = ['not_applicable', 'pending', 'met', 'late', 'missing'] as const;
export type LegalReportState = (typeof legalReportStates)[number];
export const legalReportLabels: Record<LegalReportState, string> = {
  not_applicable: 'Không áp dụng',
  pending: 'Chưa đến hạn báo cáo',
  met: 'Đã báo cáo đúng hạn',
  late: 'Báo cáo muộn',
  missing: 'Chưa báo cáo (quá hạn)',
};

/** Adds days to a YYYY-MM-DD date, in UTC so no timezone moves it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date by which the Prime Minister (copy to the Ministry of Foreign Affairs) must be told. */
export const legalReportDueOn = (signedOn: string) => addDays(signedOn, LEGAL_REPORT_DAYS);

export interface LegalReportInput {
  /** An international agreement signed in the province's name: only those carry the obligation. */
  provinceAgreement: boolean;
  signedOn: string | null;
  reportedOn: string | null;
}

/** Reported by the due date: met; after it: late; not reported and past it: missing. */
export function legalReportState(c: LegalReportInput, today: string): LegalReportState {
  if (!c.provinceAgreement || !c.signedOn) return 'not_applicable';
  const due = legalReportDueOn(c.signedOn);
  if (c.reportedOn) return c.reportedOn <= due ? 'met' : 'late';
  return today > due ? 'missing' : 'pending';
}

// ---- money -----------------------------------------------------------------------------------

/** 1234567 → "1.234.567 ₫" (Vietnamese grouping with dots); `unit: false` leaves off the sign. */
export function formatVnd(amount: number | null | undefined, opts: { unit?: boolean } = {}): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  const sign = amount < 0 ? '-' : '';
  const digits = Math.round(Math.abs(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits}${opts.unit === false ? '' : ' ₫'}`;
}

/** "1.234.567", "1 234 567 ₫" or "1234567" → 1234567; null when it is not a whole amount. */
export function parseVnd(text: string): number | null {
  const cleaned = text.replace(/[₫đ\s.]/gi, '').replace(/,/g, '');
  if (!/^-?\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}

export const EXPIRING_SOON_DAYS = 90;

/** Expires between today and 90 days from today (both included). */
export function isExpiringSoon(expiresOn: string | null, today: string, days = EXPIRING_SOON_DAYS): boolean {
  return expiresOn !== null && expiresOn >= today && expiresOn <= addDays(today, days);
}

// ---- sentences a reader sees on a commitment ---------------------------------------------------

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The validity as a sentence: "01/01/2026 – 12/03/2031", "Đến ngày 12/03/2031", "Từ ngày
 * 01/01/2026", never a dash standing for an unknown start; the free-text term in brackets.
 */
export function validityText(c: {
  effectiveOn: string | null;
  expiresOn: string | null;
  validity?: string | null;
}): string {
  const span =
    c.effectiveOn && c.expiresOn
      ? `${dmy(c.effectiveOn)} – ${dmy(c.expiresOn)}`
      : c.expiresOn
        ? `Đến ngày ${dmy(c.expiresOn)}`
        : c.effectiveOn
          ? `Từ ngày ${dmy(c.effectiveOn)}`
          : '';
  const term = c.validity?.trim();
  if (span && term) return `${span} (${term})`;
  return span || term || 'Chưa xác định';
}

/**
 * The report to the Prime Minister as one sentence that agrees with its state: the due date,
 * then when it was sent (and its reference) or that it has not been sent.
 */
export function legalReportText(c: {
  legalReportDueOn: string | null;
  reportedOn: string | null;
  reportRef?: string | null;
}): string {
  const due = c.legalReportDueOn ? `Hạn ${dmy(c.legalReportDueOn)}` : 'Chưa có ngày ký để tính hạn';
  if (!c.reportedOn) return `${due} · chưa báo cáo`;
  const ref = c.reportRef?.trim() ? ` (${c.reportRef.trim()})` : '';
  return `${due} · đã báo cáo ngày ${dmy(c.reportedOn)}${ref}`;
}
