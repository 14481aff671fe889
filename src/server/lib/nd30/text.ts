// The pure parts of the Decree 30/2020/NĐ-CP layout: the number line, the place-and-date line,
// type abbreviations (Phụ lục III), Roman numerals, and text widths in Times New Roman, which
// size the rules drawn under the issuer, the tiêu ngữ and a typed document's summary.

/** Kinds of outgoing document and how each is named and abbreviated (Phụ lục III). */
export const documentKinds = {
  'cong-van': { title: null, abbreviation: null },
  'bao-cao': { title: 'BÁO CÁO', abbreviation: 'BC' },
  'ke-hoach': { title: 'KẾ HOẠCH', abbreviation: 'KH' },
  'to-trinh': { title: 'TỜ TRÌNH', abbreviation: 'TTr' },
  'thong-bao': { title: 'THÔNG BÁO', abbreviation: 'TB' },
  'quyet-dinh': { title: 'QUYẾT ĐỊNH', abbreviation: 'QĐ' },
  'giay-moi': { title: 'GIẤY MỜI', abbreviation: 'GM' },
  'chuong-trinh': { title: 'CHƯƠNG TRÌNH', abbreviation: 'CTr' },
} as const;
export type DocumentKind = keyof typeof documentKinds;

/**
 * The symbol after "Số: n/": a typed document is "<type>-<issuer>" (BC-SNgV), a công văn is
 * "<issuer>-<drafting office>" (SNgV-HTQT).
 */
export function documentSymbol(kind: DocumentKind, issuerShort: string, office: string): string {
  const abbr = documentKinds[kind].abbreviation;
  return abbr ? `${abbr}-${issuerShort}` : `${issuerShort}-${office}`;
}

/** Space left for the văn thư to write the number of an unnumbered draft. */
export const DRAFT_NUMBER_GAP = '\u00a0'.repeat(6);

/** "Số: 05/BC-SNgV"; numbers below 10 get a leading 0; no number: "Số:       /BC-SNgV". */
export function numberLine(number: number | null | undefined, symbol: string): string {
  if (number == null) return `Số:${DRAFT_NUMBER_GAP}/${symbol}`;
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`bad document number ${number}`);
  return `Số: ${String(number).padStart(2, '0')}/${symbol}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "Gia Lai, ngày 05 tháng 3 năm 2026": day < 10 and months 1 and 2 get a leading 0 (Decree 30,
 * Phụ lục I). Without a date (a draft) the day and month are left blank for the signing day:
 * "Gia Lai, ngày      tháng      năm 2026".
 */
export function placeDateLine(place: string, date: string | null | undefined, draftYear?: number): string {
  if (!date) {
    const gap = '\u00a0'.repeat(5);
    return `${place}, ngày${gap}tháng${gap}năm ${draftYear ?? new Date().getFullYear()}`;
  }
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`bad date ${date}`);
  const [, y, mo, d] = m;
  const month = Number(mo);
  return `${place}, ngày ${d} tháng ${month < 3 ? String(month).padStart(2, '0') : month} năm ${y}`;
}

/** "ngày 05/3/2026" style used inside captions: "… ngày 05/3/2026 của Sở Ngoại vụ". */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '…';
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`bad date ${date}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

// Advance widths (per 1000 em) of ASCII 32–126 in Liberation Serif, which has the metrics of
// Times New Roman; read from the fonts of Debian's fonts-liberation2.
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
const EXTRA_REGULAR: Record<string, number> = { Đ: 722, đ: 500, Ơ: 722, ơ: 529, Ư: 776, ư: 542 };
const EXTRA_BOLD: Record<string, number> = { Đ: 722, đ: 556, Ơ: 778, ơ: 554, Ư: 796, ư: 600 };

/**
 * Width in millimetres of one line of text in Times New Roman at `pt` points. Vietnamese letters
 * with tone marks have the advance of their base letter (ơ, ư and đ have their own).
 */
export function textWidthMm(text: string, pt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  const extra = bold ? EXTRA_BOLD : EXTRA_REGULAR;
  let units = 0;
  // Tone marks and circumflex/breve do not change a letter's advance; the horn of ơ and ư does.
  const bases = text
    .normalize('NFD')
    .replace(/[\u0300-\u031a\u031c-\u036f]/g, '')
    .normalize('NFC');
  for (const ch of bases) {
    const own = extra[ch];
    if (own !== undefined) {
      units += own;
      continue;
    }
    const code = ch.codePointAt(0) ?? 32;
    units += code >= 32 && code < 127 ? table[code - 32]! : 500;
  }
  return (units / 1000) * pt * (25.4 / 72);
}

/** Millimetres to twentieths of a point (twips), the unit of Word's measures. */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
