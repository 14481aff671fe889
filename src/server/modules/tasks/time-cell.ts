// Reads the "Thời gian hoàn thành" cell of a plan appendix: a date, a period ("Quý II/2026",
// "Tháng 6/2026", "Năm 2026", "6 tháng đầu năm 2026"), a recurrence ("Hằng năm, trước 15/12"),
// or "Thường xuyên" (no deadline: the task will lack "rõ thời gian").
import { formatRecurrence, parseRecurrence } from '../../../shared/recurrence.js';
import { normalizeVi } from '../../../shared/vn-text.js';

export interface TimeCell {
  dueOn: string | null;
  recurrence: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function date(y: number, m: number, d: number): string | null {
  if (!(y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m))) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** null when the text is not understood (an error the import reports for the row). */
export function parseTimeCell(text: string): TimeCell | null {
  const raw = text.trim();
  if (!raw) return { dueOn: null, recurrence: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (iso) {
    const d = date(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? { dueOn: d, recurrence: null } : null;
  }
  const rec = parseRecurrence(raw);
  if (rec) return { dueOn: null, recurrence: formatRecurrence(rec) };
  const s = normalizeVi(raw);
  if (/^(thuong xuyen|lien tuc|hang ngay)\b/.test(s)) return { dueOn: null, recurrence: null };
  let m = /\b(\d{1,2}) (\d{1,2}) (\d{4})\b/.exec(s);
  if (m) {
    const d = date(Number(m[3]), Number(m[2]), Number(m[1]));
    return d ? { dueOn: d, recurrence: null } : null;
  }
  m = /\bquy (i{1,3}|iv|[1-4]) (?:nam )?(\d{4})\b/.exec(s);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    const y = Number(m[2]);
    return { dueOn: date(y, q * 3, lastDay(y, q * 3)), recurrence: null };
  }
  m = /\b6 thang (dau|cuoi) nam (\d{4})\b/.exec(s);
  if (m) {
    const y = Number(m[2]);
    return { dueOn: m[1] === 'dau' ? `${y}-06-30` : `${y}-12-31`, recurrence: null };
  }
  m = /\bthang (\d{1,2}) (?:nam )?(\d{4})\b/.exec(s);
  if (m) {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    const d = mo >= 1 && mo <= 12 ? date(y, mo, lastDay(y, mo)) : null;
    return d ? { dueOn: d, recurrence: null } : null;
  }
  m = /^(?:trong |truoc |cuoi |het )?(?:nam )?(\d{4})$/.exec(s);
  if (m) return { dueOn: `${m[1]}-12-31`, recurrence: null };
  return null;
}
