// Recurring deadlines ("báo cáo hằng năm trước ngày 15/12", "định kỳ hằng quý") and the periods
// they produce. A recurring task gets one assignment per unit and per period; the period code
// ("2026", "H1/2026", "Q1/2026", "T03/2026") is stored on the assignment.
import { normalizeVi } from './vn-text.js';

export const recurrenceFreqs = ['yearly', 'half_yearly', 'quarterly', 'monthly'] as const;
export type RecurrenceFreq = (typeof recurrenceFreqs)[number];

/**
 * The deadline of each period is `day` of the period's last month (yearly: `day`/`month`).
 * A day past the end of a month means its last day (31 → 30/6).
 */
export interface Recurrence {
  freq: RecurrenceFreq;
  day: number;
  /** Yearly only: the month of the deadline. */
  month?: number;
}

export const recurrenceFreqLabels: Record<RecurrenceFreq, string> = {
  yearly: 'Hằng năm',
  half_yearly: 'Định kỳ 6 tháng',
  quarterly: 'Hằng quý',
  monthly: 'Hằng tháng',
};

export interface Occurrence {
  /** Stored code: "2026", "H1/2026", "Q3/2026", "T03/2026". */
  period: string;
  /** "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 3/2026". */
  label: string;
  /** First and last day of the period, and the deadline, as YYYY-MM-DD. */
  start: string;
  end: string;
  dueOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ymd = (year: number, month: number, day: number) =>
  `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;

const validDay = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

/** The stored form: "yearly:15/12", "half_yearly:15", "quarterly:15", "monthly:20". */
export function formatRecurrence(r: Recurrence): string {
  return r.freq === 'yearly' ? `yearly:${r.day}/${r.month ?? 12}` : `${r.freq}:${r.day}`;
}

const CANONICAL = /^(yearly|half_yearly|quarterly|monthly):(\d{1,2})(?:\/(\d{1,2}))?$/;

/**
 * Reads the stored form or a Vietnamese phrase ("Hằng năm, trước ngày 15/12", "định kỳ hằng
 * quý", "6 tháng một lần", "hàng tháng trước ngày 20"). Null when the text is not a recurrence:
 * "6 tháng đầu năm 2026" is one deadline, not a recurrence.
 */
export function parseRecurrence(text: string | null | undefined): Recurrence | null {
  if (!text) return null;
  const trimmed = text.trim();
  const c = CANONICAL.exec(trimmed);
  if (c) {
    const freq = c[1] as RecurrenceFreq;
    const day = Number(c[2]);
    const month = c[3] ? Number(c[3]) : undefined;
    if (!validDay(day)) return null;
    if (freq === 'yearly') return validMonth(month ?? 12) ? { freq, day, month: month ?? 12 } : null;
    return month === undefined ? { freq, day } : null;
  }
  const s = normalizeVi(trimmed);
  const every = /\b(hang|moi|dinh ky|lap lai)\b/.test(s);
  let freq: RecurrenceFreq | null = null;
  if (/\b(6|sau) thang\b|\bnua nam\b/.test(s) && (every || /\bmot lan\b/.test(s))) freq = 'half_yearly';
  else if (/\b(hang|moi) quy\b|\bdinh ky( hang)? quy\b|\btheo quy\b/.test(s)) freq = 'quarterly';
  else if (/\b(hang|moi) thang\b|\bdinh ky( hang)? thang\b|\btheo thang\b/.test(s)) freq = 'monthly';
  else if (/\b(hang|moi) nam\b|\bdinh ky( hang)? nam\b|\btheo nam\b/.test(s)) freq = 'yearly';
  if (!freq) return null;
  const dm = /\b(\d{1,2}) (\d{1,2})\b(?! \d{4})/.exec(s.replace(/\bngay /g, ''));
  const dayOnly = /\bngay (\d{1,2})\b/.exec(s);
  if (freq === 'yearly') {
    if (dm && validDay(Number(dm[1])) && validMonth(Number(dm[2])))
      return { freq, day: Number(dm[1]), month: Number(dm[2]) };
    return { freq, day: 15, month: 12 };
  }
  const day = dayOnly ? Number(dayOnly[1]) : dm ? Number(dm[1]) : 15;
  return { freq, day: validDay(day) ? day : 15 };
}

/** "Hằng năm, trước ngày 15/12" · "Hằng quý, trước ngày 15 tháng cuối quý". */
export function recurrenceLabel(input: Recurrence | string | null | undefined): string {
  const r = typeof input === 'string' ? parseRecurrence(input) : input;
  if (!r) return typeof input === 'string' ? input : '';
  switch (r.freq) {
    case 'yearly':
      return `Hằng năm, trước ngày ${r.day}/${r.month ?? 12}`;
    case 'half_yearly':
      return `Định kỳ 6 tháng, trước ngày ${r.day}/6 và ${r.day}/12`;
    case 'quarterly':
      return `Hằng quý, trước ngày ${r.day} tháng cuối quý`;
    case 'monthly':
      return `Hằng tháng, trước ngày ${r.day}`;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function occurrencesOfYear(r: Recurrence, year: number): Occurrence[] {
  switch (r.freq) {
    case 'yearly':
      return [
        {
          period: String(year),
          label: `Năm ${year}`,
          start: ymd(year, 1, 1),
          end: ymd(year, 12, 31),
          dueOn: ymd(year, r.month ?? 12, r.day),
        },
      ];
    case 'half_yearly':
      return [1, 2].map((h) => ({
        period: `H${h}/${year}`,
        label: `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${year}`,
        start: ymd(year, h === 1 ? 1 : 7, 1),
        end: ymd(year, h * 6, 31),
        dueOn: ymd(year, h * 6, r.day),
      }));
    case 'quarterly':
      return [1, 2, 3, 4].map((q) => ({
        period: `Q${q}/${year}`,
        label: `Quý ${ROMAN[q - 1]}/${year}`,
        start: ymd(year, q * 3 - 2, 1),
        end: ymd(year, q * 3, 31),
        dueOn: ymd(year, q * 3, r.day),
      }));
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => ({
        period: `T${pad(i + 1)}/${year}`,
        label: `Tháng ${i + 1}/${year}`,
        start: ymd(year, i + 1, 1),
        end: ymd(year, i + 1, 31),
        dueOn: ymd(year, i + 1, r.day),
      }));
  }
}

/** The occurrences whose deadline falls within [from, to] (YYYY-MM-DD, both included), in order. */
export function occurrencesBetween(r: Recurrence | string, from: string, to: string): Occurrence[] {
  const rec = typeof r === 'string' ? parseRecurrence(r) : r;
  if (!rec || from > to) return [];
  const out: Occurrence[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let y = first; y <= last; y++) {
    for (const o of occurrencesOfYear(rec, y)) if (o.dueOn >= from && o.dueOn <= to) out.push(o);
  }
  return out;
}

/** The human label of a stored period code; '' (a one-off assignment) gives ''. */
export function periodLabel(period: string): string {
  let m = /^(\d{4})$/.exec(period);
  if (m) return `Năm ${m[1]}`;
  m = /^H([12])\/(\d{4})$/.exec(period);
  if (m) return `6 tháng ${m[1] === '1' ? 'đầu' : 'cuối'} năm ${m[2]}`;
  m = /^Q([1-4])\/(\d{4})$/.exec(period);
  if (m) return `Quý ${ROMAN[Number(m[1]) - 1]}/${m[2]}`;
  m = /^T(\d{2})\/(\d{4})$/.exec(period);
  if (m) return `Tháng ${Number(m[1])}/${m[2]}`;
  return period;
}
