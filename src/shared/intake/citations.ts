// Numbers/symbols of Vietnamese documents ("1520/QĐ-UBND", "34-KH/TU", "05/2025/NQ-HĐND",
// "2917 /SGDĐT-VP") and the documents a text cites: "Nghị quyết số 59-NQ/TW ngày 24/01/2025
// của Bộ Chính trị".

import { documentNumberKey } from '../documents.js';
import { expandUnitAbbreviations } from './abbreviations.js';
import { parseLeadingDate } from './dates.js';
import { collapse, isUpperLine } from './text.js';
import type { CitedDocument } from './types.js';

const SEG = String.raw`\p{Lu}[\p{L}\d&]*`;
/** A document number: digits, optional year, then symbol segments. A line break may follow a hyphen. */
export const NUMBER_SOURCE = String.raw`(?<![\p{L}\d/])\d{1,5}[a-z]?(?:\s{0,2}/\s{0,2}\d{4})?(?:\s{0,2}/\s{0,2}|-)${SEG}(?:(?:-\s{0,4}|/)${SEG})*`;

/** "1520/QĐ-\nUBND" → "1520/QĐ-UBND". */
export function cleanNumber(raw: string): string {
  return raw.replace(/\s+/g, '');
}

const DOC_TYPES = [
  'Thông tư liên tịch',
  'Chương trình hành động',
  'Báo cáo thẩm định',
  'Nghị quyết',
  'Kế hoạch',
  'Quyết định',
  'Chỉ thị',
  'Thông báo',
  'Công văn',
  'Văn bản',
  'Nghị định',
  'Thông tư',
  'Tờ trình',
  'Báo cáo',
  'Hướng dẫn',
  'Chương trình',
  'Kết luận',
  'Quy định',
  'Quy chế',
  'Công điện',
  'Luật',
  'Pháp lệnh',
  'Đề án',
  'Thông tri',
  'Quy định',
];
const TYPE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${DOC_TYPES.join('|')})\s*(?:số\s*)?:?\s*$`, 'iu');

/** Canonical display form of a type word found in text ("KẾ HOẠCH", "kế hoạch" → "Kế hoạch"). */
export function canonicalType(word: string): string {
  const lower = collapse(word).toLowerCase();
  const hit = DOC_TYPES.find((t) => t.toLowerCase() === lower);
  if (hit) return hit === 'Văn bản' ? 'Công văn' : hit;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// Where an issuer name stops: a verb or preposition that starts the rest of the sentence.
const STOP_PHRASES = [
  'về',
  'ban hành',
  'thông báo',
  'phê duyệt',
  'quy định',
  'hướng dẫn',
  'triển khai',
  'thực hiện',
  'tại',
  'trên',
  'nêu trên',
  'đã',
  'đối với',
  'khóa',
  'khoá',
  'nhiệm kỳ',
  'sửa đổi',
  'bổ sung',
  'điều chỉnh',
  'xét',
  'gửi',
  'năm',
  'đến',
  'trong',
  'theo',
  'kết luận',
  'chỉ đạo',
  'cho',
  'với',
  'là',
  'được',
  'có',
  'tổ chức',
  'yêu cầu',
  'đề nghị',
  'cũng',
  'nhằm',
  'để',
  'sau',
];
const ISSUER_STOP = new RegExp(
  String.raw`^(?:(?:${STOP_PHRASES.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])|và\s+(?=\p{Ll})|giao(?=\s+(?:\p{Lu}|cho|nhiệm)))`,
  'u',
);
const ORG_WORD_START =
  /^(?:Bộ|Sở|Ban|Ủy ban|UBND|Văn phòng|Chính phủ|Thủ tướng|Tỉnh ủy|Hội đồng|HĐND|Cục|Tổng cục|Quốc hội)(?![\p{L}])/u;
/** Person titles in front of a body ("Bộ trưởng Bộ…", "Giám đốc Sở…"): the body is the issuer. */
const LEADING_TITLE =
  /^(?:Bộ trưởng|Giám đốc|Chánh|Cục trưởng|Trưởng ban|Viện trưởng|Thủ trưởng)\s+(?=(?:Bộ|Sở|Văn phòng|Cục|Ban|Viện)(?![\p{L}]))/u;
/** "…của Bộ Ngoại giao, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến": a person starts the next clause. */
const PERSON_TITLE_START =
  /^(?:Chủ tịch|Phó Chủ tịch|Phó Thủ tướng|Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc|Cục trưởng)(?![\p{L}])/u;
const TYPE_WORD_START = new RegExp(String.raw`^(?:${DOC_TYPES.join('|')}|các|số)(?![\p{L}])`, 'iu');

/** The issuer named after "của" at the start of `text`, e.g. "của Ban Thường vụ Tỉnh ủy về…". */
export function readIssuer(text: string): { issuer: string; length: number } | null {
  const m = /^\s*,?\s*của\s+/iu.exec(text);
  if (!m) return null;
  let i = m[0].length;
  const words: string[] = [];
  let end = i;
  while (i < text.length && words.length < 14) {
    const rest = text.slice(i);
    const ws = /^\s*/.exec(rest)?.[0].length ?? 0;
    const after = rest.slice(ws);
    if (/^\n\s*\n\s*\n/.test(rest)) break;
    if (words.length > 0 && ISSUER_STOP.test(after)) break;
    if (after.startsWith(',') || after.startsWith('-') || after.startsWith('–')) {
      // "Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động - Thương binh…": a comma or dash
      // continues the name only before a capitalised word that does not start a new citation.
      const next = after.slice(1).trimStart();
      if (
        /^\p{Lu}/u.test(next) &&
        !TYPE_WORD_START.test(next) &&
        !ORG_WORD_START.test(next) &&
        !PERSON_TITLE_START.test(next) &&
        !/^\p{Lu}{2,}/u.test(next)
      ) {
        words.push(after[0] === ',' ? ',' : '-');
        i += ws + 1;
        continue;
      }
      break;
    }
    const w = /^[\p{L}\d'’]+/u.exec(after);
    if (!w) break;
    words.push(w[0]);
    i += ws + w[0].length;
    end = i;
  }
  while (words.length && /^(?:,|-|và)$/.test(words[words.length - 1] as string)) words.pop();
  if (words.length === 0) return null;
  const issuer = expandAbbreviations(words.join(' ').replace(/ ,/g, ',')).replace(LEADING_TITLE, '');
  return { issuer, length: end };
}

const NAME_ABBREVIATIONS: [RegExp, string][] = [[/(?<=\svà\s)PTNT(?![\p{L}])/gu, 'Phát triển nông thôn']];

export function expandAbbreviations(s: string): string {
  let out = collapse(s)
    .replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân')
    .replace(/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'Hội đồng nhân dân');
  for (const [re, full] of NAME_ABBREVIATIONS) out = out.replace(re, full);
  return expandUnitAbbreviations(out);
}

const ISSUED_BEFORE =
  /(?:^|[.;]\s+|\n)Ngày\s+((?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})|(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))\s*,\s*([^,;.]{3,80}?)\s+(?:đã\s+)?(?:ban hành|ký ban hành|có)\s*$/iu;

/** One mention of a document number with what follows it; `span` covers type, number, date, issuer. */
export function scanCitationMentions(text: string, from: number, to: number): CitedDocument[] {
  const re = new RegExp(NUMBER_SOURCE, 'gu');
  const slice = text.slice(from, to);
  const out: CitedDocument[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const number = cleanNumber(m[0]);
    if (!number.includes('/')) continue;
    const numStart = from + m.index;
    let end = numStart + m[0].length;
    const before = text.slice(Math.max(from, numStart - 48), numStart);
    const typeMatch = TYPE_BEFORE.exec(before);
    const start = typeMatch ? numStart - (before.length - typeMatch.index) : numStart;
    const type = typeMatch ? canonicalType(typeMatch[1] as string) : null;
    let date: string | null = null;
    const afterNumber = text.slice(end, end + 60);
    const dateHit = parseLeadingDate(afterNumber.replace(/^(\s*),/, '$1 '));
    if (dateHit) {
      date = dateHit.iso;
      end += dateHit.length;
    }
    let issuer: string | null = null;
    const issuerHit = readIssuer(text.slice(end, end + 200));
    if (issuerHit) {
      issuer = issuerHit.issuer;
      end += issuerHit.length;
    }
    if (!issuer) {
      // "Xét báo cáo của Bộ Ngoại giao tại văn bản số 5630/BNG-ĐNA": the issuer before the number.
      const before = text.slice(Math.max(from, start - 140), start);
      const m = /của\s+((?:(?!của\s)[^;.()\n])+?)\s+(?:tại|theo|nêu tại)\s*$/iu.exec(before);
      const who = m ? readIssuer(`của ${m[1]}`) : null;
      if (who && ORG_WORD_START.test(who.issuer)) issuer = who.issuer;
    }
    if (!date && !issuer) {
      // "Ngày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg"
      const lead = ISSUED_BEFORE.exec(text.slice(Math.max(from, start - 160), start));
      if (lead) {
        const d = parseLeadingDate(lead[1] as string);
        date = d?.iso ?? null;
        issuer = expandAbbreviations(lead[2] as string);
      }
    }
    out.push({ number, type, date, issuer, span: [start, end] });
    re.lastIndex = Math.max(re.lastIndex, end - from);
  }
  return out;
}

/**
 * The documents cited in text[from, to), one entry per number (first mention, details filled from
 * later ones). `ownNumber` (the document itself, e.g. "Ban hành kèm theo Quyết định số …") is skipped.
 */
export function findCitations(mentions: CitedDocument[], ownNumber: string | null): CitedDocument[] {
  const byNumber = new Map<string, CitedDocument>();
  const own = ownNumber ? documentNumberKey(ownNumber) : null;
  for (const mention of mentions) {
    const key = documentNumberKey(mention.number);
    if (key === own) continue;
    const known = byNumber.get(key);
    if (!known) {
      byNumber.set(key, { ...mention });
      continue;
    }
    known.type ??= mention.type;
    known.date ??= mention.date;
    // A title in capitals ("CỦA THỦ TƯỚNG CHÍNH PHỦ") gives way to the same issuer written normally.
    if (!known.issuer || (isUpperLine(known.issuer) && mention.issuer && !isUpperLine(mention.issuer)))
      known.issuer = mention.issuer;
    if (isUpperLine(known.number) && !isUpperLine(mention.number)) known.number = mention.number;
  }
  return [...byNumber.values()];
}
