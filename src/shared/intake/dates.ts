// Dates in Vietnamese administrative text: "ngày 21 tháng 8 năm 2025", "21/8/2025", and the
// deadline phrases directives use ("trước ngày 15/3/2026", "chậm nhất ngày…", "trong tháng
// 4 năm 2026", "quý IV/2026", "6 tháng đầu năm 2026", "hằng năm").
import { formatRecurrence, parseRecurrence } from '../recurrence.js';
import { collapse } from './text.js';
import type { Deadline, Span } from './types.js';

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function endOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, daysInMonth(year, month));
}

/** One date written either way, with any whitespace (line breaks included) between parts. */
const DATE_SOURCE = String.raw`(?:(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`;

/** Parse a date at the very start of `text` (after optional "ngày"). */
export function parseLeadingDate(text: string): { iso: string | null; length: number } | null {
  // "ngày" may already be behind the cursor ("… số 17/2023/QĐ-UBND ngày | 03 tháng 4 năm 2023").
  const re = new RegExp(
    String.raw`^\s*(?:ngày\s+)?` + DATE_SOURCE.replace(String.raw`|ngày\s+(`, String.raw`|(?:ngày\s+)?(`),
    'iu',
  );
  const m = re.exec(text);
  if (!m) return null;
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { iso: isoDate(Number(y), Number(mo), Number(d)), length: m[0].length };
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

interface Rule {
  re: RegExp;
  build(
    m: RegExpExecArray,
    defaultYear: number | null,
    text: string,
    index: number,
  ): { date: string | null; recurring: boolean } | null;
}

const W = String.raw`(?<![\p{L}\d])`; // word start
const YEAR_SEP = String.raw`(?:\s*[/\-]\s*|\s+năm\s+)`;

const RULES: Rule[] = [
  {
    // trước ngày 15/3/2026 · chậm nhất là ngày 20 tháng 11 năm 2026 · trước ngày 15/3 · trước 17 giờ ngày 25/7/2024
    re: new RegExp(
      W +
        String.raw`(trước|chậm nhất(?:\s+là)?(?:\s+vào)?|hạn chót(?:\s+là)?|không muộn hơn|không quá|đến hết|xong trước|hoàn thành trước|trong)\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?(?:\s*,)?\s+)?(?:ngày\s+)?(?:(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?![\d/])|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)`,
      'giu',
    ),
    build(m, defaultYear) {
      const [d, mo, y] = m[2] ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
      const year = y ? Number(y) : defaultYear;
      return { date: year ? isoDate(year, Number(mo), Number(d)) : null, recurring: false };
    },
  },
  {
    // trong tháng 4 năm 2026 · trước tháng 6/2026 · hoàn thành trong tháng 5
    re: new RegExp(
      W +
        String.raw`(trong|trước|đầu|cuối|hết|đến hết|hoàn thành trong|hoàn thành vào|chậm nhất(?:\s+là)?(?:\s+vào)?(?:\s+(?:đầu|cuối))?)\s+tháng\s+(\d{1,2})(?:${YEAR_SEP}(\d{4}))?(?![\d/])`,
      'giu',
    ),
    build(m, defaultYear) {
      const month = Number(m[2]);
      const year = m[3] ? Number(m[3]) : defaultYear;
      if (!year || month < 1 || month > 12) return null;
      const lead = (m[1] as string).toLowerCase();
      if (lead === 'trước') {
        return {
          date: month === 1 ? isoDate(year - 1, 12, 31) : endOfMonth(year, month - 1),
          recurring: false,
        };
      }
      // "đầu tháng 6": the first ten days.
      if (/đầu$/u.test(lead)) return { date: isoDate(year, month, 10), recurring: false };
      return { date: endOfMonth(year, month), recurring: false };
    },
  },
  {
    // trong quý IV/2026 · trước quý II năm 2026 · Thời gian hoàn thành: Quý I/2026
    re: new RegExp(
      W +
        String.raw`(trong|trước|cuối|hết|đến hết|chậm nhất(?:\s+là)?(?:\s+trong)?|hoàn thành(?:\s+trong|\s+vào)?|(?:thời gian|thời hạn)[^:\n]{0,25}:)\s*quý\s+(IV|I{1,3}|[1-4])${YEAR_SEP}(\d{4})(?!\d)`,
      'giu',
    ),
    build(m) {
      const q = ROMAN[(m[2] as string).toUpperCase()] ?? Number(m[2]);
      const year = Number(m[3]);
      const before = (m[1] as string).toLowerCase() === 'trước';
      if (before)
        return {
          date: q === 1 ? isoDate(year - 1, 12, 31) : endOfMonth(year, (q - 1) * 3),
          recurring: false,
        };
      return { date: endOfMonth(year, q * 3), recurring: false };
    },
  },
  {
    // trong 6 tháng đầu năm 2026 · hoàn thành trong 6 tháng cuối năm 2026
    re: new RegExp(
      W +
        String.raw`(trong|trước|hoàn thành trong|vào|(?:thời gian|thời hạn)[^:\n]{0,25}:)\s*(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})(?!\d)`,
      'giu',
    ),
    build(m) {
      const year = Number(m[3]);
      const first = (m[2] as string).toLowerCase() === 'đầu';
      return { date: first ? isoDate(year, 6, 30) : isoDate(year, 12, 31), recurring: false };
    },
  },
  {
    // hoàn thành trong năm 2026 · trước cuối năm 2026 · chậm nhất cuối năm 2026 · vào cuối năm 2025
    re: new RegExp(
      W +
        String.raw`(hoàn thành(?:\s+trong|\s+trước|\s+vào)?|xong(?:\s+trong|\s+trước)?|trước|chậm nhất(?:\s+là)?|trước\s+cuối|trong|vào)\s+(cuối\s+)?năm\s+(\d{4})(?!\d)`,
      'giu',
    ),
    build(m) {
      const lead = (m[1] as string).toLowerCase();
      const year = Number(m[3]);
      // "Trong năm 2020, toàn tỉnh…" is narrative; "…trình UBND tỉnh trong năm 2016." ends a clause.
      if (lead === 'trong' && !m[2] && !endsClause(m)) return null;
      // "vào cuối năm 2025" is a deadline; "vào năm 2025" only a time.
      if (lead === 'vào' && !m[2]) return null;
      if (lead === 'trước' && !m[2]) return { date: isoDate(year - 1, 12, 31), recurring: false };
      return { date: isoDate(year, 12, 31), recurring: false };
    },
  },
  {
    // báo cáo kết quả cuối năm · trình UBND tỉnh cuối năm (the document's year)
    re: /(?<![\p{L}\d]|đến\s|Đến\s)(cuối\s+năm)(?!\s*(?:\d|nay|trước|sau|học))/gu,
    build(m, defaultYear) {
      if (!defaultYear || !endsClause(m)) return null;
      return { date: isoDate(defaultYear, 12, 31), recurring: false };
    },
  },
  {
    // báo cáo quý IV/2026. · hoàn thành quý II năm 2026; (a bare quarter that ends a clause)
    re: new RegExp(W + String.raw`(quý)\s+(IV|I{1,3}|[1-4])${YEAR_SEP}(\d{4})(?!\d)`, 'giu'),
    build(m, _year, text, index) {
      if (!endsClause(m)) return null;
      // "báo cáo kết quả quý II/2026": the period reported on, not a deadline.
      const before = text.slice(Math.max(0, index - 30), index).toLowerCase();
      if (/(?:kết quả|tình hình|số liệu|báo cáo|của|trong)\s*$/u.test(before)) return null;
      const q = ROMAN[(m[2] as string).toUpperCase()] ?? Number(m[2]);
      return { date: endOfMonth(Number(m[3]), q * 3), recurring: false };
    },
  },
  {
    // trong vòng 15 ngày kể từ ngày về nước · trong thời hạn 05 ngày làm việc kể từ ngày nhận được · chậm nhất 10 ngày sau khi kết thúc
    re: new RegExp(
      W +
        String.raw`((?:trong\s+(?:vòng|thời hạn|thời gian)|chậm nhất(?:\s+là)?|không quá)\s+\d{1,3}\s+ngày(?:\s+làm việc)?\s+(?:kể từ|sau khi|sau)[^,;.\n]{3,60})`,
      'giu',
    ),
    build() {
      return { date: null, recurring: false };
    },
  },
  {
    // trước khi tiếp nhận dự án mới (a condition, not a date)
    re: new RegExp(
      W + String.raw`(trước khi\s+(?:[\p{L}\d]+\s+){1,6}[\p{L}\d]+)(?=\s*[,;.:\n]|\s+phải)`,
      'giu',
    ),
    build() {
      return { date: null, recurring: false };
    },
  },
  {
    // định kỳ hằng năm · báo cáo hằng quý · Thời gian thực hiện: hằng năm / thường xuyên
    re: new RegExp(
      W +
        String.raw`(?:(định kỳ|báo cáo|sơ kết|tổng kết)\s+(?:định kỳ\s+)?((?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|6\s+tháng(?:\s+và\s+(?:hằng|hàng)\s+năm)?)|(?:thời gian|thời hạn)[^:\n]{0,25}:\s*((?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|thường xuyên))`,
      'giu',
    ),
    build() {
      return { date: null, recurring: true };
    },
  },
  {
    // cung cấp thông tin … hằng tháng · duy trì cơ chế hội đàm hằng quý · định kỳ 6 tháng
    re: new RegExp(
      W +
        String.raw`((?:hằng|hàng)\s+(?:năm|quý|tháng)|định kỳ\s+(?:6|sáu)\s+tháng(?:\s+một lần)?|(?:6|sáu)\s+tháng\s+một lần)(?![\p{L}])`,
      'giu',
    ),
    build(_m, _year, text, index) {
      // "kế hoạch thực hiện hàng năm", "ngân sách hằng năm": a kind of plan or budget, not a deadline.
      const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
      if (
        /(?:kế hoạch|chương trình|ngân sách|dự toán|thường niên|lễ hội)(?:\s+[\p{L}]+){0,2}\s*$/u.test(before)
      )
        return null;
      return { date: null, recurring: true };
    },
  },
];

/** Whether the phrase ends its clause: a stop, a semicolon, a line end or the end of the text follows. */
function endsClause(m: RegExpExecArray): boolean {
  const rest = m.input.slice(m.index + m[0].length);
  return /^\s*(?:[.;)]|\n|\/\.|$)/u.test(rest);
}

/** Every deadline phrase in text[from, to), in order; skips spans listed in `skip`. */
export function findDeadlines(
  text: string,
  from: number,
  to: number,
  defaultYear: number | null,
  skip: Span[] = [],
): Deadline[] {
  const slice = text.slice(from, to);
  const found: Deadline[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (skip.some((s) => start < s[1] && s[0] < end)) continue;
      if (found.some((f) => start < f.span[1] && f.span[0] < end)) continue;
      const built = rule.build(m, defaultYear, slice, m.index);
      if (!built) continue;
      let textOut = collapse(m[0]);
      if (built.recurring) {
        textOut = collapse(m[2] ?? m[3] ?? m[0]);
        if (m[1] && /định kỳ/i.test(m[1])) textOut = `${collapse(m[1])} ${textOut}`;
      }
      found.push({
        date: built.date,
        text: textOut,
        recurring: built.recurring,
        recurrence: built.recurring ? recurrenceOf(textOut, null) : null,
        span: [start, end],
      });
    }
  }
  return mergeRecurrences(
    text,
    found.sort((a, b) => a.span[0] - b.span[0]),
  );
}

function recurrenceOf(text: string, day: { day: number; month: number } | null): string | null {
  const r = parseRecurrence(text);
  if (!r) return null;
  if (day) {
    if (r.freq === 'yearly') return formatRecurrence({ freq: 'yearly', day: day.day, month: day.month });
    return formatRecurrence({ freq: r.freq, day: day.day });
  }
  return formatRecurrence(r);
}

/**
 * "hằng năm trước ngày 15 tháng 12", "trước ngày 15/6 và 15/12 hằng năm": a recurrence next to
 * a day without a year is one recurring deadline due on that day of each period.
 */
function mergeRecurrences(text: string, found: Deadline[]): Deadline[] {
  const out: Deadline[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (prev && prev.recurring !== d.recurring && adjacent(text, prev.span, d.span)) {
      const dated = prev.recurring ? d : prev;
      const rec = prev.recurring ? prev : d;
      if (dated.date && !/\d{4}/.test(dated.text)) {
        const span: Span = [prev.span[0], d.span[1]];
        const wording = collapse(text.slice(span[0], span[1]));
        const [, month, day] = dated.date.split('-').map(Number) as [number, number, number];
        out[out.length - 1] = {
          date: null,
          text: wording,
          recurring: true,
          recurrence: recurrenceOf(rec.text, { day, month }),
          span,
        };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

function adjacent(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a[1], b[0]);
  return !/[.;:\n]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;
}

/** Key used to de-duplicate deadlines: the date, or the recurrence ("hằng năm" = "định kỳ hằng năm"). */
export function deadlineKey(d: { date: string | null; text: string; recurrence?: string | null }): string {
  return d.date ?? d.recurrence ?? collapse(d.text).toLowerCase();
}
