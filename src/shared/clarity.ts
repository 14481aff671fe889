// The "6 rõ" principle (rõ người - rõ việc - rõ thời gian - rõ trách nhiệm - rõ sản phẩm - rõ thẩm
// quyền): which of the six elements a task still lacks. A task lacking any of them is incomplete.
import { parseRecurrence } from './recurrence.js';
import { normalizeVi } from './vn-text.js';

export const clarityElements = ['person', 'work', 'time', 'responsibility', 'product', 'authority'] as const;
export type ClarityElement = (typeof clarityElements)[number];

export const clarityLabels: Record<ClarityElement, string> = {
  person: 'Rõ người',
  work: 'Rõ việc',
  time: 'Rõ thời gian',
  responsibility: 'Rõ trách nhiệm',
  product: 'Rõ sản phẩm',
  authority: 'Rõ thẩm quyền',
};

/** What the user must fill in to meet each element. */
export const clarityHints: Record<ClarityElement, string> = {
  person: 'Đơn vị chủ trì và người phụ trách',
  work: 'Nội dung công việc cụ thể',
  time: 'Thời hạn hoàn thành hoặc định kỳ (hằng năm, hằng quý…)',
  responsibility: 'Trách nhiệm của đơn vị chủ trì và đơn vị phối hợp',
  product: 'Sản phẩm đầu ra (kế hoạch, báo cáo, quyết định…)',
  authority: 'Cấp có thẩm quyền phê duyệt, ban hành sản phẩm',
};

export interface ClarityInput {
  title: string | null;
  leadUnitId: string | null;
  personInCharge: string | null;
  dueOn: string | null;
  recurrence: string | null;
  responsibility: string | null;
  product: string | null;
  authority: string | null;
  /**
   * The task is given to units as lead through assignments (e.g. "every commune writes its own
   * plan": each commune leads its share, so the task itself names no single lead unit).
   */
  hasLeadAssignment?: boolean;
}

const PLACEHOLDERS = new Set([
  'chua ro',
  'khong ro',
  'chua xac dinh',
  'chua co',
  'khong co',
  'tbd',
  'na',
  'n a',
]);

/** Written, and not a placeholder such as "-", "…" or "chưa rõ". */
export function isFilled(value: string | null | undefined): boolean {
  if (!value) return false;
  const s = normalizeVi(value);
  return s.length > 0 && !PLACEHOLDERS.has(s);
}

/**
 * The elements a task lacks, in the order of the principle:
 * - person: a lead unit (on the task, or lead assignments) and a person in charge;
 * - work: a title with at least two words;
 * - time: a due date or a recurrence that parses;
 * - responsibility, product, authority: written.
 */
export function missingClarity(t: ClarityInput): ClarityElement[] {
  const missing: ClarityElement[] = [];
  if (!(t.leadUnitId || t.hasLeadAssignment) || !isFilled(t.personInCharge)) missing.push('person');
  if (!isFilled(t.title) || normalizeVi(t.title ?? '').split(' ').length < 2) missing.push('work');
  if (!t.dueOn && !parseRecurrence(t.recurrence)) missing.push('time');
  if (!isFilled(t.responsibility)) missing.push('responsibility');
  if (!isFilled(t.product)) missing.push('product');
  if (!isFilled(t.authority)) missing.push('authority');
  return missing;
}
