// Text cleanup for ragged administrative text (PDF extractions, pasted Word text): one normalised
// source string that every span points into, a folded token stream mapped back to it, and
// length-preserving masks so later passes can ignore footnotes and page numbers.
import { ABBREVIATION_INITIALS, abbreviationAt } from './abbreviations.js';
import type { Span } from './types.js';

/**
 * The normalised source text: NFC, LF line ends, odd spaces folded to ' ', invisible characters
 * dropped, the Icelandic eth some legacy Vietnamese fonts use for Đ mapped to Đ.
 */
export function normaliseSource(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      .replace(/[\t\u00a0\u2007\u202f\u3000]/g, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/\u00d0/g, 'Đ')
      .replace(/\u00f0/g, 'đ')
      // Words glued to numbers by a web page ("tháng 11năm 2008", "ngày 30tháng 4"): one space.
      .replace(/(?<=\d)(?=(?:tháng|năm|ngày)(?![\p{L}]))/gu, ' ')
      .replace(/(?<=(?<![\p{L}])(?:tháng|năm|ngày))(?=\d)/gu, ' ')
  );
}

/** Collapse every run of whitespace to one space and trim. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Collapsed prose with the traces of line breaking and masking removed: "QĐ-\nUBND", "thực hiện ,". */
export function cleanProse(s: string): string {
  return collapse(s)
    .replace(/(?<=\p{Lu})-\s+(?=\p{Lu})/gu, '-')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(');
}

/** Replace [start, end) with spaces, keeping newlines so line structure survives. */
export function blank(s: string, start: number, end: number): string {
  const middle = s.slice(start, end).replace(/[^\n]/g, ' ');
  return s.slice(0, start) + middle + s.slice(end);
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(s: string, from = 0, to = s.length): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = s.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    out.push({ start, end, text: s.slice(start, end) });
    if (end >= to) break;
    start = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Folding: the same mapping as normalizeVi (src/shared/vn-text.ts), one source character at a
// time, so every folded character knows where it came from.

const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ');
    foldCache.set(ch, f);
  }
  return f;
}

export interface Token {
  /** Folded word; "uy ban nhan dan" is merged into the single token "ubnd", likewise "hdnd". */
  w: string;
  start: number;
  end: number;
}

/** Folded words of s[from, to) with their source offsets. */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const raw: Token[] = [];
  let cur = '';
  let curStart = -1;
  let curEnd = -1;
  for (let i = from; i < to; ) {
    const cp = s.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const f = foldChar(ch);
    for (const c of f) {
      if (c === ' ') {
        if (cur) raw.push({ w: cur, start: curStart, end: curEnd });
        cur = '';
      } else {
        if (!cur) curStart = i;
        cur += c;
        curEnd = next;
      }
    }
    i = next;
  }
  if (cur) raw.push({ w: cur, start: curStart, end: curEnd });
  return mergeAbbreviations(expandNameAbbreviations(s, raw));
}

const expansionWords = new Map<string, string[]>();

/**
 * "Sở KH&ĐT", "Bộ Chỉ huy BĐBP tỉnh": the tokens of an abbreviated name part become the folded
 * words of the full one ("ke hoach va dau tu"), each spanning the abbreviation, so directory
 * matching and every rule on words read them like the full name.
 */
function expandNameAbbreviations(s: string, tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const prevWord = prev ? s.slice(prev.start, prev.end) : '';
    const hit = ABBREVIATION_INITIALS.has(s[t.start] as string)
      ? abbreviationAt(s, t.start, prevWord === 'Sở' ? 'so' : prevWord === 'Bộ' ? 'bo' : undefined)
      : null;
    if (!hit) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const end = t.start + hit.length;
    let words = expansionWords.get(hit.full);
    if (!words) {
      words = foldKey(hit.full).split(' ');
      expansionWords.set(hit.full, words);
    }
    for (const w of words) out.push({ w, start: t.start, end });
    while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < end) i++;
  }
  return out ?? tokens;
}

const MERGES: [string[], string][] = [
  [['uy', 'ban', 'nhan', 'dan'], 'ubnd'],
  [['hoi', 'dong', 'nhan', 'dan'], 'hdnd'],
];

function mergeAbbreviations(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let merged = false;
    for (const [words, into] of MERGES) {
      if (words.every((w, k) => tokens[i + k]?.w === w)) {
        const last = tokens[i + words.length - 1] as Token;
        out.push({ w: into, start: (tokens[i] as Token).start, end: last.end });
        i += words.length - 1;
        merged = true;
        break;
      }
    }
    if (!merged) out.push(tokens[i] as Token);
  }
  return out;
}

/** Folded, abbreviation-merged key of a phrase: "Ủy ban nhân dân xã Ia Ly" → "ubnd xa ia ly". */
export function foldKey(s: string): string {
  return tokenize(s)
    .map((t) => t.w)
    .join(' ');
}

export function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some((o) => span[0] < o[1] && o[0] < span[1]);
}

/** True when the letter is upper case (Vietnamese aware). */
export function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A line that is (almost) entirely upper case letters: a heading or title line. */
export function isUpperLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const lower = letters.filter((c) => c !== c.toUpperCase()).length;
  return lower / letters.length <= 0.12;
}

/** Upper-case title → sentence case, keeping document numbers ("22-NQ/TW") and place names. */
export function sentenceCase(upper: string): string {
  const words = collapse(upper).split(' ');
  const out: string[] = [];
  let capitaliseRun = false;
  for (const word of words) {
    if (/[\d/]/.test(word) || /^[A-ZĐ]{1,4}-[A-ZĐ]/.test(word)) {
      out.push(word);
      capitaliseRun = false;
      continue;
    }
    const lower = word.toLowerCase();
    const bare = lower.replace(/[^\p{L}]/gu, '');
    if (capitaliseRun && !PLACE_STOP.has(bare)) {
      out.push(capitalise(lower));
      if (/[,;.)]$/.test(word)) capitaliseRun = false;
      continue;
    }
    capitaliseRun = PLACE_HEADS.has(bare);
    out.push(lower);
  }
  const joined = out.join(' ');
  return capitalise(joined);
}

const PLACE_HEADS = new Set(['tỉnh', 'huyện']);
const PLACE_STOP = new Set([
  'năm',
  'giai',
  'đoạn',
  'về',
  'trên',
  'và',
  'trong',
  'đến',
  'của',
  'theo',
  'tại',
  'thuộc',
  'với',
  'cho',
  'định',
  'hướng',
  'tình',
  'hình',
  'nhiệm',
  'kỳ',
  'lần',
  'thứ',
  'ủy',
  'ban',
  'giai',
  'đợt',
]);

export function capitalise(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + s.slice(ch.length);
}
