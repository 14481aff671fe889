// Where each figure, bar and slice of the dashboard leads: the list pages' own address filters,
// so a leader lands on exactly the rows that were counted (dashboard.test.ts checks the counts).
import dayjs from 'dayjs';
import type { AssignmentStatus } from '../../../shared/status';
import type { DashboardQuery } from '../../api/dashboard';

const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const later = (a: string, b: string) => (a > b ? a : b);

function url(path: string, params: Record<string, string | undefined>) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

export interface Scope {
  period: { from: string; to: string };
  today: string;
  q: DashboardQuery;
}

/** The assignments list of the period (and programme, group), with extra filters. */
export function assignmentsLink(s: Scope, extra: Record<string, string | undefined> = {}) {
  return url('/giao-viec', {
    dueAfter: s.period.from,
    dueBefore: s.period.to,
    programmeId: s.q.documentId,
    group: s.q.group,
    ...extra,
    // one unit's dashboard (its scorecard page) keeps to that unit unless a link names another
    unitId: extra.unitId ?? s.q.unitId,
  });
}

/** A product waiting for the unit's head or for Sở Ngoại vụ. */
export const awaitingLink = (s: Scope, unitId?: string) =>
  assignmentsLink(s, { state: 'awaiting_review', unitId });

export const statusLink = (s: Scope, status: AssignmentStatus, unitId?: string) =>
  assignmentsLink(s, { status, unitId });

/** Every overdue assignment, started or not (the "Quá hạn" figures and the ranking). */
export const overdueLink = (s: Scope, unitId?: string) => assignmentsLink(s, { bucket: 'overdue', unitId });

/** Not done, still within the deadline: open work due from today to the end of the period. */
export const inTimeLink = (s: Scope, unitId?: string) =>
  assignmentsLink(s, { bucket: 'open', dueAfter: later(s.period.from, s.today), unitId });

/** Overdue more than `days` days: due on or before today − days − 1. */
export const overdueOverLink = (s: Scope, days: number) =>
  assignmentsLink(s, {
    bucket: 'overdue',
    dueBefore: iso(dayjs(s.today).subtract(days + 1, 'day')),
  });

/** Work whose deadline falls in one month of the trend (any status). */
export const monthLink = (s: Scope, month: string) =>
  url('/giao-viec', {
    dueAfter: `${month}-01`,
    dueBefore: iso(dayjs(`${month}-01`).endOf('month')),
    programmeId: s.q.documentId,
    group: s.q.group,
    unitId: s.q.unitId,
  });

export const commitmentsLink = (filter: 'country' | 'field' | 'partner' | 'status', value: string) =>
  url('/cam-ket', { [filter]: value });

/** A unit's page (its scorecard) over the same period and programme. */
export const scorecardLink = (s: Scope, unitId: string) =>
  url(`/don-vi/${unitId}`, { from: s.q.from, to: s.q.to, documentId: s.q.documentId });

/** The leaders' ranking of one unit group over the same period and programme. */
export const rankingLink = (q: DashboardQuery, group: string) =>
  url('/tong-quan', { group, from: q.from, to: q.to, documentId: q.documentId });
