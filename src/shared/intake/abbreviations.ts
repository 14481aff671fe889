// Abbreviations of unit names that letters use ("Sở KH&ĐT", "Bộ GDĐT", "Bộ Chỉ huy BĐBP tỉnh",
// "BQL KKT"): one table, read by the tokenizer (so directory matching sees the full words) and by
// the names shown to the clerk (expandAbbreviations).

interface Abbreviation {
  /** Upper-case surface form, matched where a word starts. */
  re: RegExp;
  full: string;
  /** Only right after "Sở" or "Bộ" ("Sở TC"): short forms that are ordinary letters elsewhere. */
  afterHead: boolean;
}

const END = '(?![\\p{L}\\d])';
const S = '\\s?';
const AMP = `${S}(?:&|và)?${S}`;
const table: [string, string, boolean][] = [
  [`GD${AMP}ĐT`, 'Giáo dục và Đào tạo', true],
  [`KH${AMP}ĐT`, 'Kế hoạch và Đầu tư', true],
  [`KH${AMP}CN`, 'Khoa học và Công nghệ', true],
  [`VH${S},?${S}TT${AMP}DL`, 'Văn hóa, Thể thao và Du lịch', true],
  [`VH${S}&${S}TT|VHTT`, 'Văn hóa và Thể thao', true],
  [`NN${AMP}PTNT`, 'Nông nghiệp và Phát triển nông thôn', true],
  [`NN${AMP}MT`, 'Nông nghiệp và Môi trường', true],
  [`TN${AMP}MT`, 'Tài nguyên và Môi trường', true],
  [`TT${S}&${S}TT|TTTT`, 'Thông tin và Truyền thông', true],
  [`LĐ${S}-?${S}TB${AMP}XH`, 'Lao động - Thương binh và Xã hội', true],
  [`GT${S}-?${S}VT`, 'Giao thông vận tải', true],
  [`DT${AMP}TG`, 'Dân tộc và Tôn giáo', true],
  ['NgV', 'Ngoại vụ', true],
  ['NV', 'Nội vụ', true],
  ['TC', 'Tài chính', true],
  ['TP', 'Tư pháp', true],
  ['YT', 'Y tế', true],
  ['XD', 'Xây dựng', true],
  ['CT', 'Công Thương', true],
  ['CA', 'Công an', true],
  ['BCH(?=\\s+(?:Quân sự|QS|BĐBP|Bộ đội))', 'Bộ Chỉ huy', false],
  ['BCHQS', 'Bộ Chỉ huy Quân sự', false],
  ['QS(?=\\s+tỉnh)', 'Quân sự', false],
  ['BĐBP', 'Bộ đội Biên phòng', false],
  ['BQL', 'Ban Quản lý', false],
  ['KKT', 'Khu kinh tế', false],
  ['VP(?=\\s+(?:UBND|Ủy ban))', 'Văn phòng', false],
];

export const UNIT_ABBREVIATIONS: Abbreviation[] = table.map(([surface, full, afterHead]) => ({
  re: new RegExp(`(?:${surface})${END}`, 'uy'),
  full,
  afterHead,
}));

/** First letters of every surface form: a cheap test before trying the table at a position. */
export const ABBREVIATION_INITIALS = new Set(table.map(([s]) => s[0] as string));

/** The abbreviation at `at` in `s` (the previous word being `prev`, folded), or null. */
export function abbreviationAt(
  s: string,
  at: number,
  prev: string | undefined,
): { length: number; full: string } | null {
  if (!ABBREVIATION_INITIALS.has(s[at] as string)) return null;
  const head = prev === 'so' || prev === 'bo';
  for (const a of UNIT_ABBREVIATIONS) {
    if (a.afterHead && !head) continue;
    a.re.lastIndex = at;
    const m = a.re.exec(s);
    if (m) return { length: m[0].length, full: a.full };
  }
  return null;
}

/** "Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư", "Bộ Chỉ huy BĐBP tỉnh" → "… Bộ đội Biên phòng tỉnh". */
export function expandUnitAbbreviations(name: string): string {
  let out = '';
  let prev: string | undefined;
  let i = 0;
  while (i < name.length) {
    const startsWord = i === 0 || !/[\p{L}\d]/u.test(name[i - 1] as string);
    const hit = startsWord ? abbreviationAt(name, i, prev) : null;
    if (hit) {
      out += hit.full;
      i += hit.length;
      prev = undefined;
      continue;
    }
    const w = /^[\p{L}\d]+/u.exec(name.slice(i));
    if (startsWord && w) {
      prev = w[0] === 'Sở' ? 'so' : w[0] === 'Bộ' ? 'bo' : undefined;
      out += w[0];
      i += w[0].length;
      continue;
    }
    out += name[i];
    i++;
  }
  return out;
}
