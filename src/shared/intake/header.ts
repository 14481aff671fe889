// The parts of a Decree 30/2020/NĐ-CP document around its body: issuer block, number/symbol,
// place and date, type and title or "V/v" summary, "Kính gửi" list, signature block. Each may be
// missing (text cut from the middle of a PDF), so every reader returns null rather than guess.
import { typeFromNumber } from '../documents.js';
import { canonicalType, cleanNumber, expandAbbreviations, NUMBER_SOURCE, readIssuer } from './citations.js';
import { isoDate, parseLeadingDate } from './dates.js';
import { capitalise, collapse, isUpperLine, sentenceCase, splitLines } from './text.js';
import type { Span } from './types.js';

export interface Found<T> {
  value: T;
  span: Span;
}

export interface Header {
  number: Found<string> | null;
  type: Found<string> | null;
  date: Found<string> | null;
  issuer: Found<string> | null;
  summary: Found<string> | null;
  /** The "Kính gửi" list, without the words "Kính gửi". */
  recipients: Span | null;
  /** Where the body starts. */
  end: number;
}

const BODY_START =
  /^[ \t|]*(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Tiếp theo|Tiếp Công văn|Trên cơ sở|Nhằm|Để|Ngày \d|Vừa qua|Trong thời gian|Điều\s+1\b|[IVX]{1,4}\s*[.\-/]\s+\p{Lu})/u;
const MOTTO =
  /C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s*H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/giu;
/** A piece of the national motto broken over lines ("CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
const MOTTO_PIECE =
  /^(?:C[ỘO]NG(?:\s|$)|H(?:ÒA|OÀ|OA)\s+X[ÃA]|X[ÃA]\s+H[ỘO]I|H[ỘO]I\s+CH[ỦU]|CH[ỦU]\s+NGH[ĨI]A|VI[ỆE]T\s+NAM$|Độc\s+lập)/u;
const TYPE_TITLES = [
  'THÔNG TƯ LIÊN TỊCH',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'NGHỊ QUYẾT',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'KẾ HOẠCH',
  'THÔNG BÁO',
  'BÁO CÁO',
  'TỜ TRÌNH',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'NGHỊ ĐỊNH',
  'THÔNG TƯ',
  'LUẬT',
  'PHÁP LỆNH',
  'QUY CHẾ',
  'QUY ĐỊNH',
  'KẾT LUẬN',
  'CÔNG ĐIỆN',
  'ĐỀ ÁN',
  'GIẤY MỜI',
  'PHƯƠNG ÁN',
  'BIÊN BẢN',
  'THÔNG TRI',
  'CÔNG VĂN',
];
const ENACTING =
  /^[ \t|]*(?:CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|BỘ TRƯỞNG|THỦ TƯỚNG|HỘI ĐỒNG NHÂN DÂN|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)\b/u;
/**
 * "Gia Lai, ngày 05 tháng 3 năm 2026" and its variants: compound places ("Bà Rịa - Vũng Tàu",
 * "TP. Hồ Chí Minh", "Thừa Thiên Huế"), place and date on two lines, the date after the motto on
 * one line (web copies) or beside the number in a two-column layout.
 */
const PLACE = String.raw`\p{Lu}[\p{L}.-]*(?:(?:[ \t]*[-–][ \t]*|[ \t]*\n?[ \t]*|\.[ \t]*)\p{Lu}[\p{L}-]*){0,4}`;
const PLACE_DATE = new RegExp(
  String.raw`(?:^|\n|\||Hạnh phúc[ \t\-_]*|[ \t]{2,})[ \t]*(${PLACE})[ \t]*,[ \t\n]*ngày[ \t\n]*(?:(\d{1,2})[ \t\n]*tháng[ \t\n]*(\d{1,2})[ \t\n]*năm[ \t\n]*(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))`,
  'u',
);
/** "(Ban hành kèm theo Quyết định số 35/2025/QĐ-UBND ngày 14 tháng 7 năm 2025 của UBND tỉnh Gia Lai)". */
const CAPTION = /^[ \t]*\(?[ \t]*(?:Ban hành )?[Kk]èm theo\s+(?:[\p{L}]+\s+){1,3}số\s*:?\s*(\S+)\s+ngày\s+/u;

export function readHeader(src: string): Header {
  const lines = splitLines(src);
  const bodyLine = lines.find((l) => BODY_START.test(l.text));
  const limit = Math.min(bodyLine ? bodyLine.start : src.length, 4000);
  const zone = src.slice(0, limit);
  let end = 0;
  const seen = (span: Span | null | undefined) => {
    if (span) end = Math.max(end, span[1]);
  };

  const number = readNumber(zone);
  seen(number?.span);
  const date = readDate(zone);
  seen(date?.span);
  const titled = readTitle(src, limit);
  if (titled) seen(titled.summary?.span ?? titled.type.span);
  const vv = titled?.summary ? null : readVv(src, limit);
  seen(vv?.span);
  const recipients = readRecipients(src, limit);
  seen(recipients);
  const afterMarks = Math.max(
    number?.span[1] ?? 0,
    date?.span[1] ?? 0,
    titled?.summary?.span[1] ?? titled?.type.span[1] ?? 0,
  );
  const enacting = readEnacting(src, afterMarks, limit);
  seen(enacting?.span);
  const untitled = titled || vv ? null : readUntitledSummary(src, afterMarks, enacting?.span[0] ?? limit);
  seen(untitled?.span);

  // A text that starts with its title and a caption ("Kèm theo Quyết định số … ngày … của …")
  // takes its date and issuer from the decision that issued it.
  const caption = date ? null : readCaption(src, limit);
  let type: Found<string> | null = titled?.type ?? null;
  if (!type && number) {
    const fromSymbol = typeFromNumber(number.value);
    if (fromSymbol) type = { value: fromSymbol, span: number.span };
  }
  if (!type && (vv || recipients)) {
    const at = vv?.span ?? (recipients as Span);
    type = { value: 'Công văn', span: at };
  }
  const firstMark = Math.min(
    number?.span[0] ?? limit,
    date?.span[0] ?? limit,
    titled?.type.span[0] ?? limit,
    vv?.span[0] ?? limit,
    recipients?.[0] ?? limit,
  );
  const block = readIssuerBlock(src, firstMark);
  // A bare "ỦY BAN NHÂN DÂN" (table layouts lose the province line) gives way to the enacting line.
  const issuer =
    block && (!enacting || /\s(?:tỉnh|thành phố|huyện|xã|phường)\s/u.test(block.value))
      ? block
      : (enacting ?? block);
  return {
    number,
    type,
    date: date ?? caption?.date ?? null,
    issuer: issuer ?? caption?.issuer ?? null,
    summary: titled?.summary ?? vv ?? untitled,
    recipients,
    end,
  };
}

function readCaption(
  src: string,
  limit: number,
): { date: Found<string>; issuer: Found<string> | null } | null {
  for (const line of splitLines(src, 0, Math.min(src.length, limit + 800)).slice(0, 12)) {
    const m = CAPTION.exec(line.text);
    if (!m) continue;
    const at = line.start + m[0].length;
    const d = parseLeadingDate(src.slice(at, at + 40));
    if (!d?.iso) return null;
    const tail = src.slice(at + d.length, at + d.length + 200);
    // The caption may run over two lines ("… ngày 03 tháng 4 năm 2023\ncủa Ủy ban nhân dân tỉnh …)").
    const who = readIssuer((tail.split(')')[0] ?? '').replace(/\n/g, ' '));
    const issuerStart = at + d.length;
    return {
      date: { value: d.iso, span: [at, at + d.length] },
      issuer: who ? { value: who.issuer, span: [issuerStart, issuerStart + who.length] } : null,
    };
  }
  return null;
}

function readNumber(zone: string): Found<string> | null {
  const re = new RegExp(String.raw`(?:^|\n|\|)[ \t]*Số[ \t]*(?::[ \t\n]*|[ \t]+)(${NUMBER_SOURCE})`, 'u');
  // A web copy runs the header into one line: "BỘ CÔNG THƯƠNG Số: 3310/BCT-XNK V/v …".
  const inline = new RegExp(String.raw`(?<=\p{Lu}[ \t]+|-{3,}[ \t]*)Số[ \t]*:[ \t]*(${NUMBER_SOURCE})`, 'u');
  const m = re.exec(zone) ?? inline.exec(zone);
  if (!m) return null;
  const raw = m[1] as string;
  const start = (m.index ?? 0) + m[0].length - raw.length;
  return { value: cleanNumber(raw), span: [start, start + raw.length] };
}

function readDate(zone: string): Found<string> | null {
  const m = PLACE_DATE.exec(zone);
  if (!m) return null;
  const iso = m[2]
    ? isoDate(Number(m[4]), Number(m[3]), Number(m[2]))
    : isoDate(Number(m[7]), Number(m[6]), Number(m[5]));
  if (!iso) return null;
  const place = m[1] as string;
  const start = (m.index ?? 0) + m[0].indexOf(place);
  return { value: iso, span: [start, (m.index ?? 0) + m[0].length] };
}

function readTitle(
  src: string,
  limit: number,
): { type: Found<string>; summary: Found<string> | null } | null {
  const lines = splitLines(src, 0, limit).flatMap((l) => splitCells(l.text, l.start));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { start: number; end: number; text: string };
    const t = collapse(line.text);
    const hit = TYPE_TITLES.find(
      (title) => t === title || t.replace(/\s+/g, '') === title.replace(/\s+/g, ''),
    );
    if (!hit) continue;
    const typeSpan: Span = [line.start + line.text.indexOf(t.charAt(0)), line.end];
    const parts: string[] = [];
    let first = -1;
    let last = -1;
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k] as { start: number; end: number; text: string };
      const text = collapse(next.text);
      if (text === '' || /^[-_=.*]+$/.test(text)) {
        if (parts.length) break;
        continue;
      }
      if (
        !isUpperLine(text) ||
        ENACTING.test(text) ||
        MOTTO.test(text) ||
        /^[IVX]{1,4}\s*[.\-/]/.test(text)
      ) {
        MOTTO.lastIndex = 0;
        break;
      }
      MOTTO.lastIndex = 0;
      parts.push(text);
      if (first < 0) first = next.start + next.text.indexOf(text.charAt(0));
      last = next.end;
    }
    let summary = parts.length ? { value: sentenceCase(parts.join(' ')), span: [first, last] as Span } : null;
    summary ??= sentenceCaseTitle(lines, i + 1);
    return { type: { value: canonicalType(hit), span: typeSpan }, summary };
  }
  return null;
}

/** A title written in sentence case under the type ("KẾ HOẠCH" / "Triển khai công tác … năm 2026"). */
function sentenceCaseTitle(
  lines: { start: number; end: number; text: string }[],
  from: number,
): Found<string> | null {
  const parts: string[] = [];
  let first = -1;
  let last = -1;
  for (let k = from; k < lines.length && parts.length < 3; k++) {
    const line = lines[k] as { start: number; end: number; text: string };
    const text = collapse(line.text);
    if (!text || /^[-_=.*]+$/.test(text)) {
      if (parts.length) break;
      continue;
    }
    const opens = parts.length === 0;
    if (BODY_START.test(line.text) || ENACTING.test(text) || /^[IVX]{1,4}\s*[.\-/]/u.test(text)) break;
    if (opens ? !/^\p{Lu}/u.test(text) : !/^\p{Ll}/u.test(text)) break;
    if (/[.;:]$/u.test(text) || text.length > 200) return null;
    parts.push(text);
    if (first < 0) first = line.start + line.text.indexOf(text.charAt(0));
    last = line.start + line.text.indexOf(text.charAt(0)) + text.length;
  }
  return parts.length ? { value: parts.join(' '), span: [first, last] } : null;
}

export function splitCells(text: string, start: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const cell of text.split('|')) {
    out.push({ start: start + offset, end: start + offset + cell.length, text: cell });
    offset += cell.length + 1;
  }
  return out;
}

const VV_STOP =
  /Kính\s+gửi|C[ỘO]NG\s+H(?:ÒA|OÀ|OA)|Độc\s+lập|\n[ \t|]*Số\s*:|\n[ \t|]*\p{Lu}[\p{L}\s]{1,30},\s*ngày|\||\n\s*\n\s*(?=[^\p{Ll}\s])/u;

function readVv(src: string, limit: number): Found<string> | null {
  const m = /(?:^|[\n|\s])V\/[vV]\s*[:.]?\s*/u.exec(src.slice(0, Math.min(src.length, limit + 600)));
  if (!m) return null;
  const start = (m.index ?? 0) + m[0].length;
  const rest = src.slice(start, start + 500);
  const stop = VV_STOP.exec(rest);
  let text = rest.slice(0, stop ? stop.index : rest.length);
  text = text.replace(/[\s.;,]+$/u, '');
  if (!text.trim()) return null;
  const vStart = src.indexOf('V/', m.index ?? 0);
  return { value: `V/v ${collapse(text)}`, span: [vStart, start + text.length] };
}

function readRecipients(src: string, limit: number): Span | null {
  const m = /Kính\s+gửi\s*:?/u.exec(src.slice(0, Math.min(src.length, limit + 1200)));
  if (!m) return null;
  const start = (m.index ?? 0) + m[0].length;
  const lines = splitLines(src, start, Math.min(src.length, start + 1500));
  let end = start;
  let items = 0;
  for (const [k, line] of lines.entries()) {
    const text = line.text.trim();
    if (k === 0) {
      if (text) {
        // "Kính gửi: Ủy ban nhân dân các tỉnh…." on one line: up to the end of its sentence.
        const lead = /^\s*\|?/.exec(line.text)?.[0].length ?? 0;
        const stop = /\.\s+(?=\p{Lu})|\|/u.exec(line.text.slice(lead));
        end = stop ? line.start + lead + stop.index : line.end;
        items++;
        if (stop) break;
      }
      continue;
    }
    if (text === '') continue;
    if (/^[-–•+*]\s*/.test(text) || (items === 0 && !BODY_START.test(line.text))) {
      // Bulleted lines, or the one line under a "Kính gửi:" that stands alone.
      end = line.end;
      items++;
      continue;
    }
    break;
  }
  return items ? [start, end] : null;
}

/** The enacting line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG") between the header marks and the body. */
function readEnacting(src: string, after: number, limit: number): Found<string> | null {
  for (const line of splitLines(src, after, limit).flatMap((l) => splitCells(l.text, l.start))) {
    const t = collapse(line.text);
    if (
      /^(?:CHỦ TỊCH\s+)?(?:ỦY|UỶ) BAN NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)\s+\S/u.test(t) &&
      isUpperLine(t)
    ) {
      const body = t.replace(/^CHỦ TỊCH\s+/u, '');
      const start = line.start + line.text.indexOf(t.charAt(0));
      return { value: orgCase(body), span: [start, start + t.length] };
    }
  }
  return null;
}

/** A title in capitals under the number and date when the type line itself is missing. */
function readUntitledSummary(src: string, after: number, before: number): Found<string> | null {
  if (after <= 0 || before <= after) return null;
  for (const line of splitLines(src, after, before).flatMap((l) => splitCells(l.text, l.start))) {
    const t = collapse(line.text);
    if (!t || /^[-_=.*]+$/.test(t)) continue;
    MOTTO.lastIndex = 0;
    if (MOTTO.test(t)) continue;
    if (isUpperLine(t) && t.split(' ').length >= 4 && !ENACTING.test(t)) {
      const start = line.start + line.text.indexOf(t.charAt(0));
      return { value: sentenceCase(t), span: [start, start + t.length] };
    }
  }
  return null;
}

const ORG_HEAD =
  /^(?:TIỂU BAN|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|BAN|VĂN PHÒNG|CỤC|TỔNG CỤC|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THỦ TƯỚNG|CHÍNH PHỦ|THANH TRA|CÔNG AN|ĐẢNG ỦY|TRUNG TÂM|PHÒNG|QUỐC HỘI|TÒA ÁN|VIỆN|TRƯỜNG|HỘI)(?![\p{L}])/u;

/** The issuing body from the block above the number: the lowest level when there are two. */
function readIssuerBlock(src: string, before: number): Found<string> | null {
  const lines = splitLines(src, 0, before).flatMap((l) => splitCells(l.text, l.start));
  const levels: { text: string; start: number; end: number }[] = [];
  for (const line of lines) {
    MOTTO.lastIndex = 0;
    const motto = MOTTO.exec(line.text);
    const text = collapse(motto ? line.text.slice(0, motto.index) : line.text)
      .replace(/\s*Số\s*:?$/u, '')
      .replace(/^[-_=*]+$|\s*[-_=*]{3,}$/, '');
    if (!text || MOTTO_PIECE.test(text)) continue;
    if (!isUpperLine(text) || /\d/.test(text)) {
      if (levels.length) break;
      continue;
    }
    const start = line.start + line.text.indexOf(text.charAt(0));
    const endPos = start + text.length;
    const prev = levels[levels.length - 1];
    if (
      !prev ||
      (ORG_HEAD.test(text) && !/^(?:ỦY|UỶ|UBND|BAN NHÂN DÂN)$/u.test(prev.text) && orgComplete(prev.text))
    ) {
      levels.push({ text, start, end: endPos });
    } else {
      prev.text = `${prev.text} ${text}`;
      prev.end = endPos;
    }
  }
  const last = levels[levels.length - 1];
  if (!last) return null;
  return { value: orgCase(last.text), span: [last.start, last.end] };
}

/** A level is complete when it is more than a bare "ỦY BAN NHÂN DÂN"/"ỦY". */
function orgComplete(text: string): boolean {
  return !/^(?:ỦY|UỶ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$/u.test(text);
}

const ORG_HEADS = [
  ['ủy', 'ban', 'nhân', 'dân'],
  ['hội', 'đồng', 'nhân', 'dân'],
  ['tiểu', 'ban'],
  ['tổng', 'cục'],
  ['văn', 'phòng'],
  ['chi', 'cục'],
  ['trung', 'tâm'],
  ['thủ', 'tướng'],
  ['ban', 'chỉ', 'đạo'],
  ['ban', 'quản', 'lý'],
  ['tỉnh', 'ủy'],
  ['thành', 'ủy'],
  ['bộ', 'chỉ', 'huy'],
];
const ADMIN_LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'xã', 'phường', 'quận'];
const KNOWN_CASE: [RegExp, string][] = [
  [/^thủ tướng chính phủ$/u, 'Thủ tướng Chính phủ'],
  [/^chính phủ$/u, 'Chính phủ'],
  [/^bộ chính trị$/u, 'Bộ Chính trị'],
  [/^ban bí thư$/u, 'Ban Bí thư'],
];

/** "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi"; "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo". */
function orgCase(upper: string): string {
  let lower = expandAbbreviations(collapse(upper)).toLowerCase().replace(/^uỷ/u, 'ủy');
  for (const [re, fixed] of KNOWN_CASE) if (re.test(lower)) return fixed;
  lower = lower.replace(/ỷ/gu, 'ỷ');
  const words = lower.split(' ');
  const out: string[] = [];
  let mode: 'head' | 'name' | 'place' = 'head';
  let nameWordCount = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (ADMIN_LEVELS.includes(two) || ADMIN_LEVELS.includes(w)) {
      const level = ADMIN_LEVELS.includes(two) ? two : w;
      out.push(i === 0 ? capitalise(level) : level);
      i += level.split(' ').length - 1;
      mode = 'place';
      continue;
    }
    if (i === 0) {
      const head = ORG_HEADS.find((h) => words.slice(0, h.length).join(' ') === h.join(' '));
      if (head && head.length > 1) {
        out.push(capitalise(w), ...head.slice(1));
        i += head.length - 1;
        mode = /^(ủy|hội)$/u.test(w) ? 'head' : 'name';
        continue;
      }
      out.push(capitalise(w));
      mode = /^(ủy|hội)$/u.test(w) ? 'head' : 'name';
      continue;
    }
    if (mode === 'place') {
      out.push(capitalise(w));
      continue;
    }
    if (mode === 'head' && /^(ban|nhân|dân|đồng)$/u.test(w)) {
      out.push(w);
      continue;
    }
    mode = 'name';
    const prev = words[i - 1] ?? '';
    const startsPart =
      nameWordCount === 0 || /,$/.test(prev) || prev === 'và' || prev === '-' || prev === '–';
    out.push(startsPart && w !== 'và' ? capitalise(w) : w);
    nameWordCount++;
  }
  return out.join(' ');
}
