// Working days on the province's calendar: Monday to Friday, less the public holidays and the
// compensatory days off, plus the weekend days worked in exchange (làm bù). Pure: the calendar
// is given (the server loads the one an administrator keeps, src/server/modules/holidays).

export const holidayKinds = ['holiday', 'compensatory', 'workday'] as const;
export type HolidayKind = (typeof holidayKinds)[number];

export const holidayKindLabels: Record<HolidayKind, string> = {
  holiday: 'Ngày nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù, hoán đổi',
  workday: 'Ngày làm bù',
};

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  kind: HolidayKind;
  name: string;
}

export interface WorkingCalendar {
  /** Weekdays that are days off (holidays, compensatory days). */
  off: ReadonlySet<string>;
  /** Weekend days that are worked. */
  worked: ReadonlySet<string>;
}

export function workingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  const off = new Set<string>();
  const worked = new Set<string>();
  for (const d of days) (d.kind === 'workday' ? worked : off).add(d.date);
  return { off, worked };
}

export const emptyCalendar: WorkingCalendar = { off: new Set(), worked: new Set() };

const DAY_MS = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string) => new Date(toMs(date)).getUTCDay();
export const isWeekend = (date: string) => {
  const d = weekday(date);
  return d === 0 || d === 6;
};

export const addDays = (date: string, n: number) => fromMs(toMs(date) + n * DAY_MS);

export function isWorkingDay(date: string, cal: WorkingCalendar = emptyCalendar): boolean {
  if (cal.worked.has(date)) return true;
  if (cal.off.has(date)) return false;
  return !isWeekend(date);
}

/**
 * The date N working days after `date` (the day itself is not counted): "2 ngày làm việc sau
 * ngày chốt số liệu 14/6" is the second working day after 14/6. N = 0 gives `date` itself when
 * it is a working day, else the next working day. Negative N counts back.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar = emptyCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  let cur = date;
  if (n === 0) {
    while (!isWorkingDay(cur, cal)) cur = addDays(cur, 1);
    return cur;
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    cur = addDays(cur, step);
    if (isWorkingDay(cur, cal)) left--;
  }
  return cur;
}

/**
 * Working days after `from` up to and including `to` (so the number N with
 * addWorkingDays(from, N) = to when `to` is a working day). Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar = emptyCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, cal);
  let n = 0;
  for (let cur = addDays(from, 1); cur <= to; cur = addDays(cur, 1)) if (isWorkingDay(cur, cal)) n++;
  return n;
}
