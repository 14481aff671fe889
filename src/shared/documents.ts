// Documents (văn bản): their types, and the keys that make "1520/QĐ-UBND" and "1520/QD-UBND",
// or "UBND tỉnh" and "Ủy ban nhân dân tỉnh Gia Lai", the same document and the same issuer.
import { normalizeVi } from './vn-text.js';

export const documentTypes = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quyết định',
  'Kế hoạch',
  'Chương trình',
  'Thông báo',
  'Công văn',
  'Báo cáo',
  'Hướng dẫn',
  'Nghị định',
  'Thông tư',
  'Tờ trình',
  'Khác',
] as const;

export const documentLinkKindLabels = {
  implements: 'Triển khai, thực hiện',
  cites: 'Căn cứ, viện dẫn',
} as const;

/** "1520/QĐ-UBND", "1520/QD-UBND" and "1520 / qđ - ubnd" all give "1520 qd ubnd". */
export function documentNumberKey(number: string): string {
  return normalizeVi(number);
}

const ISSUER_ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bbtv\b/g, 'ban thuong vu'],
  [/\bbch\b/g, 'ban chap hanh'],
  [/\bbct\b/g, 'bo chinh tri'],
  [/\btw\b/g, 'trung uong'],
];

/** The issuer folded so spellings of the same body compare equal ("UBND tỉnh Gia Lai" = "Ủy ban nhân dân tỉnh"). */
export function issuerKey(issuer: string): string {
  let s = normalizeVi(issuer);
  for (const [re, full] of ISSUER_ABBREVIATIONS) s = s.replace(re, full);
  return s.replace(/ gia lai$/, '').trim();
}

/**
 * How the product writes the bodies that issue most of the province's documents, by issuer key:
 * "UBND tỉnh Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai" and "UBND tỉnh" are all "Ủy ban nhân dân
 * tỉnh", as a province's own documents name it.
 */
const CANONICAL_ISSUERS = new Map(
  [
    'Ủy ban nhân dân tỉnh',
    'Chủ tịch Ủy ban nhân dân tỉnh',
    'Hội đồng nhân dân tỉnh',
    'Tỉnh ủy',
    'Ban Thường vụ Tỉnh ủy',
    'Ban Chấp hành Đảng bộ tỉnh',
    'Bộ Chính trị',
    'Ban Bí thư',
    'Ban Chấp hành Trung ương',
    'Chính phủ',
    'Thủ tướng Chính phủ',
    'Văn phòng Chính phủ',
    'Bộ Ngoại giao',
  ].map((name) => [issuerKey(name), name]),
);

/** The product's spelling of a well-known issuer, or null for any other body. */
export function canonicalIssuer(issuer: string): string | null {
  return CANONICAL_ISSUERS.get(issuerKey(issuer)) ?? null;
}

const TYPE_BY_SYMBOL: Record<string, (typeof documentTypes)[number]> = {
  nq: 'Nghị quyết',
  ct: 'Chỉ thị',
  kl: 'Kết luận',
  qd: 'Quyết định',
  kh: 'Kế hoạch',
  ctr: 'Chương trình',
  tb: 'Thông báo',
  bc: 'Báo cáo',
  hd: 'Hướng dẫn',
  nd: 'Nghị định',
  tt: 'Thông tư',
  ttr: 'Tờ trình',
};

/**
 * The type a number's symbol names ("34-KH/TU" → Kế hoạch, "1520/QĐ-UBND" → Quyết định).
 * A number without a type code ("245/UBND-NV") is an official letter (Công văn).
 */
export function typeFromNumber(number: string): (typeof documentTypes)[number] | null {
  const words = normalizeVi(number).split(' ');
  if (words.length < 2 || !/^\d/.test(words[0] ?? '')) return null;
  const rest = words.slice(1).filter((w) => !/^\d+$/.test(w));
  for (const w of rest.slice(0, 2)) {
    const t = TYPE_BY_SYMBOL[w];
    if (t) return t;
  }
  return rest.length ? 'Công văn' : null;
}
