// Report periods and their data windows. Decree 09/2019/NĐ-CP windows run from the 15th of the
// month before the period to the 14th of its last month ("15 → 14"); statistical reports use
// calendar periods (1st → last day). A round picks its style; both are computed here.

export const periodKinds = ['month', 'quarter', 'half_1', 'half_2', 'nine_months', 'year', 'ad_hoc'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const periodStyles = ['nd09', 'calendar'] as const;
export type PeriodStyle = (typeof periodStyles)[number];

export const periodKindLabels: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half_1: '6 tháng đầu năm',
  half_2: '6 tháng cuối năm',
  nine_months: '9 tháng',
  year: 'Năm',
  ad_hoc: 'Đột xuất',
};

export const periodStyleLabels: Record<PeriodStyle, string> = {
  nd09: 'Theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)',
  calendar: 'Theo tháng dương lịch (từ ngày 1 đến ngày cuối tháng)',
};

export interface PeriodWindow {
  /** First and last day of the data, YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ymd = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** How many periods of a kind a year holds (month 12, quarter 4, the others 1). */
export function periodsPerYear(kind: PeriodKind): number {
  return kind === 'month' ? 12 : kind === 'quarter' ? 4 : 1;
}

/** The months [first, last] a period covers, counted from January of `year` (1-based). */
function monthSpan(kind: Exclude<PeriodKind, 'ad_hoc'>, index: number): [number, number] {
  switch (kind) {
    case 'month':
      return [index, index];
    case 'quarter':
      return [index * 3 - 2, index * 3];
    case 'half_1':
      return [1, 6];
    case 'half_2':
      return [7, 12];
    case 'nine_months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

/**
 * The data window of a period. `index` is the month (1–12) or the quarter (1–4); other kinds
 * ignore it. Ad hoc rounds have no default window: their dates are typed.
 */
export function periodWindow(
  kind: PeriodKind,
  year: number,
  index = 1,
  style: PeriodStyle = 'nd09',
): PeriodWindow | null {
  if (kind === 'ad_hoc') return null;
  const n = periodsPerYear(kind);
  if (!Number.isInteger(index) || index < 1 || index > n)
    throw new RangeError(`index ${index} out of 1–${n}`);
  const [first, last] = monthSpan(kind, index);
  if (style === 'calendar') return { start: ymd(year, first, 1), end: ymd(year, last, lastDay(year, last)) };
  const startYear = first === 1 ? year - 1 : year;
  const startMonth = first === 1 ? 12 : first - 1;
  return { start: ymd(startYear, startMonth, 15), end: ymd(year, last, 14) };
}

const roman = ['I', 'II', 'III', 'IV'];

/** How a report names its period: "quý I năm 2026", "6 tháng đầu năm 2026", "tháng 3 năm 2026". */
export function periodLabel(kind: PeriodKind, year: number, index = 1): string {
  switch (kind) {
    case 'month':
      return `tháng ${index} năm ${year}`;
    case 'quarter':
      return `quý ${roman[index - 1] ?? index} năm ${year}`;
    case 'half_1':
      return `6 tháng đầu năm ${year}`;
    case 'half_2':
      return `6 tháng cuối năm ${year}`;
    case 'nine_months':
      return `9 tháng đầu năm ${year}`;
    case 'year':
      return `năm ${year}`;
    case 'ad_hoc':
      return 'đột xuất';
  }
}

export interface PeriodRef {
  kind: Exclude<PeriodKind, 'ad_hoc'>;
  year: number;
  index: number;
}

/** The period of a kind whose window holds `date` (the window's end decides the year). */
export function periodContaining(
  kind: Exclude<PeriodKind, 'ad_hoc'>,
  date: string,
  style: PeriodStyle = 'nd09',
): PeriodRef | null {
  const y = Number(date.slice(0, 4));
  for (const year of [y, y + 1]) {
    for (let index = 1; index <= periodsPerYear(kind); index++) {
      const w = periodWindow(kind, year, index, style)!;
      if (w.start <= date && date <= w.end) return { kind, year, index };
    }
  }
  return null;
}

/** The period after this one (for a recurring schedule): the next month, quarter, or year. */
export function nextPeriod(p: PeriodRef): PeriodRef {
  const n = periodsPerYear(p.kind);
  if (p.kind === 'half_1') return { kind: 'half_2', year: p.year, index: 1 };
  if (p.kind === 'half_2') return { kind: 'half_1', year: p.year + 1, index: 1 };
  if (p.index < n) return { ...p, index: p.index + 1 };
  return { ...p, year: p.year + 1, index: 1 };
}

export interface DatedPeriod extends PeriodRef, PeriodWindow {}

/** The windows of these kinds around `date`: the year before, its year and the year after. */
function windowsAround(kinds: readonly PeriodKind[], style: PeriodStyle, date: string): DatedPeriod[] {
  const y = Number(date.slice(0, 4));
  const out: DatedPeriod[] = [];
  for (const kind of kinds) {
    if (kind === 'ad_hoc') continue;
    for (const year of [y - 1, y, y + 1])
      for (let index = 1; index <= periodsPerYear(kind); index++)
        out.push({ kind, year, index, ...periodWindow(kind, year, index, style)! });
  }
  return out;
}

/**
 * A recurring schedule's latest period whose cut-off has come (its window ends on or before
 * `today`). Of two kinds ending on one day (the year and the second half-year) the first listed wins.
 */
export function latestEndedPeriod(
  kinds: readonly PeriodKind[],
  style: PeriodStyle,
  today: string,
): DatedPeriod | null {
  let best: DatedPeriod | null = null;
  for (const w of windowsAround(kinds, style, today))
    if (w.end <= today && (!best || w.end > best.end)) best = w;
  return best;
}

/** The next period of these kinds whose cut-off is after `date` (when a schedule opens next). */
export function nextEndingPeriod(
  kinds: readonly PeriodKind[],
  style: PeriodStyle,
  date: string,
): DatedPeriod | null {
  let best: DatedPeriod | null = null;
  for (const w of windowsAround(kinds, style, date))
    if (w.end > date && (!best || w.end < best.end)) best = w;
  return best;
}
