// The signature block at the end of a document: the signing authority ("KT. CHỦ TỊCH / PHÓ CHỦ
// TỊCH", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") and the signer's name, after "Nơi nhận" or the closing "./.".
import { type Found, splitCells } from './header.js';
import { collapse, isUpperLine, splitLines } from './text.js';

/** The start of "Nơi nhận", or of the closing "./.", whichever the text has first after `from`. */
export function findTailStart(masked: string, from: number): number {
  const noiNhan = /(?:^|\n|\|)[ \t]*Nơi\s+nhận\s*:?/u.exec(masked.slice(from));
  if (noiNhan) return from + (noiNhan.index ?? 0);
  const closing = masked.lastIndexOf('./.');
  if (closing >= from) return closing + 3;
  return masked.length;
}

export interface Signature {
  signer: Found<string> | null;
  authority: Found<string> | null;
}

const AUTHORITY_LINE =
  /^(?:(?:KT|TM|TL|TUQ|Q)\s*\.\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH THANH TRA|TRƯỞNG BAN|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|TRƯỞNG PHÒNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BAN THƯỜNG VỤ|THƯỜNG TRỰC)/u;
const PREFIXED_AUTHORITY = /^(?:KT|TM|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;
const NAME_STOP = new Set([
  'Như',
  'Lưu',
  'Sở',
  'Ban',
  'Phòng',
  'Văn',
  'Các',
  'Bộ',
  'Tỉnh',
  'Thường',
  'Chủ',
  'Nơi',
  'Kính',
  'Trung',
  'Cục',
  'Hội',
  'Đã',
  'Ủy',
  'Xã',
  'Phường',
  'Công',
  'Báo',
  'Cổng',
  'Website',
]);

/** Signer and signing authority ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") in masked[from, to). */
export function readSignature(masked: string, from: number, to: number): Signature {
  const cells = splitLines(masked, from, to)
    .flatMap((l) => splitCells(l.text, l.start))
    .flatMap(splitColumns)
    .flatMap(splitGluedTitles);
  let authority: Found<string> | null = null;
  let authorityEnd = -1;
  const parts: string[] = [];
  let aStart = -1;
  let pending = '';
  let pendingStart = -1;
  const column = (at: number) => at - masked.lastIndexOf('\n', at - 1) - 1;
  for (const cell of cells) {
    let t = collapse(cell.text.replace(/^[-–]\s*/, ''));
    if (!t) continue;
    if (/^(?:KT|TM|TL|TUQ|Q)\s*\.$/u.test(t)) {
      // "TM.\nỦY BAN NHÂN DÂN": the prefix on a line of its own.
      pending = t;
      pendingStart = cell.start + cell.text.indexOf(t.charAt(0));
      continue;
    }
    if (pending) {
      t = `${pending} ${t}`;
      if (aStart < 0) aStart = pendingStart;
      pending = '';
    }
    const isAuthority =
      isUpperLine(t) && t.length <= 60 && (AUTHORITY_LINE.test(t) || PREFIXED_AUTHORITY.test(t));
    if (isAuthority && (authority === null || authorityEnd >= 0)) {
      if (aStart < 0) aStart = cell.start + cell.text.indexOf(t.charAt(0));
      parts.push(t.replace(/\s*\.\s*/, '. '));
      authorityEnd = cell.end;
      authority = { value: parts.join(' / '), span: [aStart, authorityEnd] };
      continue;
    }
    if (authority && isUpperLine(t) && !PERSON.test(t)) continue;
    // Two columns ("Nơi nhận:      KT. CHỦ TỊCH" / "- Như trên;      PHÓ CHỦ TỊCH"): the left
    // column's lines sit between the authority's lines.
    if (authority && column(cell.start) + 10 < column(aStart)) continue;
    if (authority) break;
  }
  let signer: Found<string> | null = null;
  const searchFrom = authorityEnd >= 0 ? authorityEnd : from;
  for (const cell of cells) {
    if (cell.start < searchFrom) continue;
    const t = collapse(cell.text);
    if (!PERSON.test(t) || NAME_STOP.has(t.split(' ')[0] as string)) continue;
    signer = {
      value: t,
      span: [
        cell.start + cell.text.indexOf(t.charAt(0)),
        cell.start + cell.text.indexOf(t.charAt(0)) + t.length,
      ],
    };
    if (authorityEnd >= 0) break;
  }
  return { signer, authority };
}

type Cell = { start: number; end: number; text: string };

/** Two columns laid side by side ("Nơi nhận:          KT. CHỦ TỊCH"): runs of 3+ spaces split them. */
function splitColumns(cell: Cell): Cell[] {
  const out: Cell[] = [];
  const re = /\S(?:.*?\S)?(?= {3,}|\s*$)/gu;
  for (let m = re.exec(cell.text); m; m = re.exec(cell.text)) {
    out.push({ start: cell.start + m.index, end: cell.start + m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out.length ? out : [cell];
}

/** A web copy glues the lines of the block: "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH". */
function splitGluedTitles(cell: Cell): Cell[] {
  const t = cell.text;
  if (!isUpperLine(t)) return [cell];
  const cuts: number[] = [];
  const re =
    /(?<=\S)\s*(?=(?:KT|TM|TL|TUQ)\s*\.)|(?<=(?:TỊCH|TRƯỞNG|NHIỆM|ĐỐC|DÂN))\s*(?=(?:PHÓ\s|THỨ TRƯỞNG))/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > 0) cuts.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  if (!cuts.length) return [cell];
  const out: Cell[] = [];
  let at = 0;
  for (const c of [...cuts, t.length]) {
    const piece = t.slice(at, c);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ start: cell.start + at + lead, end: cell.start + c, text: piece.trim() });
    at = c;
  }
  return out;
}

const PERSON = /^\p{Lu}\p{Ll}*(?:['’]\s?\p{Lu}?\p{Ll}*)?(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
