// Parsing a pasted list of unit names ("Phường Quy Nhơn Tây; Xã Kon\nGang; …") into directory
// units. Used by intake for footnotes and "Kính gửi" lists, and by task assignment ("assign by
// pasting names"). Unmatched names are reported, never dropped.
import { expandUnitAbbreviations } from './abbreviations.js';
import { type DirectoryIndex, indexDirectory, lookupUnit } from './directory.js';
import { collapse } from './text.js';
import type { DirectoryUnit, Span } from './types.js';

export interface NameMatch {
  /** The name as written (whitespace collapsed). */
  name: string;
  unit: DirectoryUnit;
}

export interface NameListResult {
  matched: NameMatch[];
  unmatched: string[];
}

export interface LocatedName {
  name: string;
  unit: DirectoryUnit | null;
  span: Span;
}

/** Match a pasted list of names against the unit directory. */
export function matchUnitNames(text: string, units: DirectoryUnit[]): NameListResult {
  const located = locateUnitNames(text, 0, text.length, indexDirectory(units));
  const matched: NameMatch[] = [];
  const unmatched: string[] = [];
  for (const item of located) {
    if (item.unit) matched.push({ name: item.name, unit: item.unit });
    else unmatched.push(item.name);
  }
  return { matched, unmatched };
}

interface Piece {
  start: number;
  end: number;
  /** Separator after this piece: hard (";", bullet, line in one-per-line mode) or soft (",", "và"). */
  after: 'hard' | 'soft' | 'line' | 'end';
}

const AGENCY_HEAD = /^(?:Sở|Bộ|Ban|Cục|Tổng cục|Văn phòng|Ủy ban|Trung tâm|Viện|Học viện|Hội)\s/u;
const PREFIXED_ITEM =
  /^(?:Xã|Phường|UBND|Ủy ban|Sở|Ban|Bộ|Thị trấn|Huyện|Thị xã|Thành phố|Công an|Văn phòng|Các|Chủ tịch|Trung tâm)(?![\p{L}])/iu;

/** The names in text[from, to) with their positions; the DP prefers directory matches. */
export function locateUnitNames(
  text: string,
  from: number,
  to: number,
  index: DirectoryIndex,
): LocatedName[] {
  const pieces = splitPieces(text, from, to);
  const n = pieces.length;
  // best[i]: cheapest way to read pieces[0..i); a matched name costs 1, an unmatched one 5.
  const best: { cost: number; prev: number; item: LocatedName | null }[] = Array.from(
    { length: n + 1 },
    () => ({
      cost: Number.POSITIVE_INFINITY,
      prev: -1,
      item: null,
    }),
  );
  (best[0] as { cost: number }).cost = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i] as { cost: number };
    if (!Number.isFinite(here.cost)) continue;
    for (let j = i + 1; j <= Math.min(n, i + 6); j++) {
      const first = pieces[i] as Piece;
      const last = pieces[j - 1] as Piece;
      if (j - 1 > i && pieces.slice(i, j - 1).some((p) => p.after === 'hard')) break;
      const raw = text.slice(first.start, last.end);
      const name = expandUnitAbbreviations(cleanName(raw));
      if (!name) {
        relax(best, j, here.cost, i, null);
        continue;
      }
      const unit = lookupUnit(index, name);
      const span = trimSpan(text, first.start, last.end);
      if (unit) {
        relax(best, j, here.cost + 1, i, { name, unit, span });
      } else if (
        j === i + 1 ||
        brokenLine(text, pieces, i, j) ||
        (AGENCY_HEAD.test(name) && joinable(text, pieces, i, j))
      ) {
        relax(best, j, here.cost + 5, i, { name, unit: null, span });
      }
    }
  }
  const out: LocatedName[] = [];
  for (let k = n; k > 0; ) {
    const cell = best[k] as { prev: number; item: LocatedName | null };
    if (cell.prev < 0) break;
    if (cell.item) out.push(cell.item);
    k = cell.prev;
  }
  return out.reverse();
}

function relax(
  best: { cost: number; prev: number; item: LocatedName | null }[],
  j: number,
  cost: number,
  prev: number,
  item: LocatedName | null,
) {
  const cell = best[j] as { cost: number; prev: number; item: LocatedName | null };
  if (cost < cell.cost) {
    cell.cost = cost;
    cell.prev = prev;
    cell.item = item;
  }
}

/** A name broken over lines ("Xã Không\nCó Thật"): pieces joined only by line breaks, none starting a new name. */
function brokenLine(text: string, pieces: Piece[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) {
    if ((pieces[k] as Piece).after !== 'line') return false;
    const next = pieces[k + 1] as Piece;
    if (PREFIXED_ITEM.test(cleanName(text.slice(next.start, next.end)))) return false;
  }
  return true;
}

/** An agency name may run over commas and "và" ("Sở Lao động, Thương binh và Xã hội") while the next piece is not a name of its own. */
function joinable(text: string, pieces: Piece[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const p = pieces[k] as Piece;
    const s = cleanName(text.slice(p.start, p.end));
    // "… và Xã hội" continues a name; "Xã Ia Ly" starts one.
    if (!/^\p{Lu}/u.test(s) || (PREFIXED_ITEM.test(s) && !/^(?:Xã|Phường)\s+\p{Ll}/u.test(s))) return false;
  }
  return true;
}

const rank = (k: Piece['after']) => ({ line: 0, soft: 1, hard: 2, end: 3 })[k];

function splitPieces(text: string, from: number, to: number): Piece[] {
  const slice = text.slice(from, to);
  const hasSemicolon = slice.includes(';');
  const hasComma = slice.includes(',');
  const bullets = /(^|\n)\s*[-–•+*]\s/.test(slice);
  // Separators: ";" and bullets are hard; "," and " và " soft; a line break is hard in a list with
  // no other separator (one name per line), otherwise it may be a break inside a name.
  const parts: string[] = [';', ',', String.raw`(?<=\s)và(?=\s)`];
  if (bullets) parts.push(String.raw`(?:^|\n)\s*[-–•+*](?=\s)`);
  const oneNamePerLine = !hasSemicolon && !hasComma && !bullets;
  parts.push(String.raw`\n`);
  const re = new RegExp(parts.join('|'), 'gu');
  const pieces: Piece[] = [];
  let cursor = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const sep = m[0].trim();
    let kind: Piece['after'] = sep === ',' || sep === 'và' ? 'soft' : 'hard';
    if (m[0] === '\n') kind = oneNamePerLine ? 'hard' : 'line';
    if (m.index > cursor) pieces.push({ start: from + cursor, end: from + m.index, after: kind });
    else if (pieces.length) {
      const prev = pieces[pieces.length - 1] as Piece;
      if (rank(kind) > rank(prev.after)) prev.after = kind;
    }
    cursor = m.index + m[0].length;
  }
  if (cursor < slice.length) pieces.push({ start: from + cursor, end: to, after: 'end' });
  return pieces.filter((p) => text.slice(p.start, p.end).trim() !== '' || p.after === 'hard');
}

/** Whitespace collapsed; list numbering, bullets, trailing full stop and filler removed. */
function cleanName(raw: string): string {
  return collapse(raw)
    .replace(/^(?:\d{1,3}[.)]|[a-zđ]\)|[-–•+*])\s*/u, '')
    .replace(/[.;:,]+$/u, '')
    .replace(/^(?:và|cùng)\s+/u, '')
    .trim();
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s\-–•+*;,.]/u.test(text[s] as string)) s++;
  while (e > s && /[\s;,.:]/u.test(text[e - 1] as string)) e--;
  return [s, e];
}
