// The annual implementation plan (kế hoạch hằng năm) Sở Ngoại vụ drafts for UBND tỉnh: which
// tasks of the programme belong to a year, which of the previous year are carried over, and the
// field each task is grouped under. Pure; the server reads the tasks, nd30 lays out the KẾ HOẠCH.
import { normalizeVi } from './vn-text.js';

/** The fields of Resolution 59-NQ/TW on international integration, in the plan's order. */
export const planFields = ['general', 'politics', 'economy', 'defence', 'society', 'science'] as const;
export type PlanField = (typeof planFields)[number];

export const planFieldLabels: Record<PlanField, string> = {
  general: 'Công tác lãnh đạo, chỉ đạo, tuyên truyền và tổ chức thực hiện',
  politics: 'Hội nhập quốc tế trong lĩnh vực chính trị, đối ngoại',
  economy: 'Hội nhập quốc tế trong lĩnh vực kinh tế',
  defence: 'Hội nhập quốc tế trong lĩnh vực quốc phòng, an ninh',
  society: 'Hội nhập quốc tế trong lĩnh vực văn hóa, xã hội, y tế, giáo dục, du lịch, môi trường',
  science: 'Hội nhập quốc tế trong lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
};

/** Words of each field, most telling first; the first entry whose word the text holds wins. */
const FIELD_WORDS: [PlanField, string[]][] = [
  [
    'defence',
    [
      'quoc phong',
      'an ninh',
      'bien gioi',
      'moc quoc gioi',
      'bien phong',
      'quan su',
      'hai cot',
      'liet si',
      'chu quyen',
    ],
  ],
  [
    'science',
    ['doi moi sang tao', 'khoi nghiep', 'chuyen doi so', 'co so du lieu', 'phan mem', 'hoi nghi khoa hoc'],
  ],
  [
    'economy',
    [
      'dau tu',
      'thuong mai',
      'xuat khau',
      'nhap khau',
      'fdi',
      'oda',
      'doanh nghiep',
      'logistics',
      'cang',
      'khu kinh te',
      'khu cong nghiep',
      'nong san',
      'thi truong',
      'von vay',
      'kinh te',
      'hiep dinh',
    ],
  ],
  // "công nghệ cao" of an investment is the economy's; alone, science
  ['science', ['khoa hoc', 'cong nghe']],
  [
    'society',
    [
      'van hoa',
      'du lich',
      'y te',
      'benh vien',
      'giao duc',
      'dao tao',
      'hoc bong',
      'ngoai ngu',
      'lao dong',
      'moi truong',
      'khi hau',
      'the thao',
      'di san',
      'unesco',
      'nuoc sach',
    ],
  ],
  [
    'politics',
    [
      'doi ngoai',
      'hop tac',
      'ket nghia',
      'thoa thuan',
      'huu nghi',
      'dia phuong nuoc ngoai',
      'nguoi viet nam o nuoc ngoai',
      'kieu bao',
      'ngoai giao',
      'cam ket',
    ],
  ],
  [
    'general',
    [
      'tuyen truyen',
      'quan triet',
      'pho bien',
      'ke hoach',
      'bao cao',
      'so ket',
      'tong ket',
      'ra soat',
      'kiem tra',
      'can bo',
      'quy che',
    ],
  ],
];

/** The field of a unit's usual work, when the text says nothing (unit codes of gia-lai-units.csv). */
const UNIT_FIELDS: Record<string, PlanField> = {
  SCT: 'economy',
  STC: 'economy',
  BQLKKT: 'economy',
  SNNMT: 'economy',
  SXD: 'economy',
  SVHTTDL: 'society',
  SYT: 'society',
  SGDDT: 'society',
  SNV: 'society',
  SDTTG: 'society',
  CAT: 'defence',
  BCHQS: 'defence',
  BDBP: 'defence',
  SKHCN: 'science',
  SNgV: 'politics',
  STP: 'politics',
};

/**
 * The field a task is grouped under: the plan's procedural tasks (disseminate, plan, report)
 * first, then the first field whose words the text holds, then the lead unit's usual field.
 */
export function planFieldOf(title: string, leadUnitCode?: string | null): PlanField {
  const s = ` ${normalizeVi(title)} `;
  const has = (w: string) => s.includes(` ${w} `);
  // "Tuyên truyền, quán triệt Nghị quyết…", "Xây dựng kế hoạch…", "Báo cáo định kỳ…"
  const lead = s.trim().split(' ').slice(0, 4).join(' ');
  if (
    /^(tuyen truyen|quan triet|pho bien|xay dung ke hoach|ban hanh ke hoach|bao cao|dinh ky|so ket|tong ket|tong hop)/.test(
      lead,
    )
  )
    return 'general';
  for (const [field, words] of FIELD_WORDS) if (words.some(has)) return field;
  return (leadUnitCode && UNIT_FIELDS[leadUnitCode]) || 'general';
}

export interface PlanTaskDates {
  dueOn: string | null;
  recurrence: string | null;
  /** The task's document date: work does not start before it. */
  issuedOn: string | null;
}

/**
 * A task belongs to the plan of `year` when its work runs in that year: recurring tasks every
 * year from their document on; one-off tasks from their document's year to their deadline's;
 * a task without a deadline from its document's year on (it lacks "rõ thời gian", and is flagged).
 */
export function inPlanYear(t: PlanTaskDates, year: number): boolean {
  const start = t.issuedOn ? Number(t.issuedOn.slice(0, 4)) : -Infinity;
  if (start > year) return false;
  if (t.recurrence) return true;
  if (!t.dueOn) return true;
  return Number(t.dueOn.slice(0, 4)) >= year;
}

/** A one-off task due before `year` and not finished (no lead unit's product accepted). */
export function carriedInto(t: PlanTaskDates & { finished: boolean }, year: number): boolean {
  return !t.recurrence && !!t.dueOn && Number(t.dueOn.slice(0, 4)) < year && !t.finished;
}

/** The deadline the plan gives a task for `year`: its own within the year, else 31/12 of the year. */
export function planDueOn(t: PlanTaskDates, year: number): string | null {
  if (t.recurrence) return t.dueOn?.startsWith(String(year)) ? t.dueOn : null;
  if (!t.dueOn) return null;
  if (t.dueOn.startsWith(String(year))) return t.dueOn;
  // a longer task's share of the year, or a task carried over from the year before
  return `${year}-12-31`;
}
