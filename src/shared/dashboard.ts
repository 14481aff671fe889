// The leaders' dashboard figures, as a 1270/BC-TCTTTg-style report counts them: of the work whose
// deadline falls in the period, how much has come due (or was done), how much of that was done on
// time, done late, is still within its deadline, or is overdue; the share done on time; and the
// same figures for the period just before, to show the change. Pure rules, shared by API and UI.
import dayjs from 'dayjs';

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/** The period asked for, or from 1 January of this year to 31 December when none is given. */
export function resolvePeriod(q: { from?: string; to?: string }, today: string): Period {
  const year = today.slice(0, 4);
  return { from: q.from ?? `${year}-01-01`, to: q.to ?? `${year}-12-31` };
}

/** The period of the same length ending the day before `from`. */
export function previousPeriod(p: Period): Period {
  const days = dayjs(p.to).diff(dayjs(p.from), 'day');
  const to = dayjs(p.from).subtract(1, 'day');
  return { from: to.subtract(days, 'day').format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') };
}

/** A share in per cent with one decimal, as reports print it (98,6 %); null when nothing is due. */
export function rate(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** Overdue more than this many days: the buckets provinces report (issue 10, reference §5). */
export const overdueBuckets = [30, 60, 120] as const;

/** The 24 months ending with the month of `to`, oldest first, as YYYY-MM. */
export function trendMonths(to: string, count = 24): string[] {
  const end = dayjs(to).startOf('month');
  return Array.from({ length: count }, (_, i) => end.subtract(count - 1 - i, 'month').format('YYYY-MM'));
}

/** "03/2026" */
export const monthLabel = (ym: string) => `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;

export const dashboardFigureLabels = {
  total: 'Tổng số nhiệm vụ có hạn trong kỳ',
  tasksDue: 'Nhiệm vụ đến hạn',
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  notDoneInTime: 'Chưa hoàn thành, còn trong hạn',
  overdue: 'Quá hạn chưa hoàn thành',
  onTimeRate: 'Tỷ lệ hoàn thành đúng hạn',
} as const;
