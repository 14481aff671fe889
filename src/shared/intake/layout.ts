// Page layout left over in extracted text: footnotes (bodies at the foot of a page, markers glued
// to words such as "thực hiện1,"), page numbers and table rules. Finds them and builds a masked
// copy of the text (same length) in which they are blanked, so body passes read clean prose.
import { blank, isUpper, type Line, splitLines } from './text.js';
import type { Span } from './types.js';

export interface Footnote {
  id: string;
  /** The whole body, including its number. */
  span: Span;
  /** The body text after the number. */
  textSpan: Span;
  /** Where the body is referred to: the glued marker digits. */
  markers: Span[];
}

export interface Layout {
  footnotes: Footnote[];
  /** Source with footnote bodies, markers, page numbers and table rules blanked. */
  masked: string;
  /** True when every text line is followed by a blank line (some PDF extractors do this). */
  doubleSpaced: boolean;
  lines: Line[];
  /** Typical length of a full line, to tell a paragraph's short last line. */
  typicalLineLength: number;
}

const ITEM_START =
  /^\s*(?:\d{1,2}[.)]\s|[IVXL]{1,5}\s*[.\-/)]\s|Điều\s+\d|[-–•+*]\s|[a-zđ]\)\s|Nơi nhận|KT\.|TM\.|TL\.|TUQ\.)/u;
// Markers and bodies numbered with digits ("liên quan1,") or superscripts ("liên quan²,").
const FOOTNOTE_BODY = /^\s*(\d{1,2}|[¹²³⁴-⁹⁰]{1,2})\s*(?<=\s|[¹²³⁴-⁹⁰])(?=[\p{Lu}"“(])/u;
const MARKER = /(?<=[\p{Ll}\p{Lu}”")\]])(\d{1,2}|[¹²³⁴-⁹⁰]{1,2})(?=[\s,.;:!?)”"]|$)/gu;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "²" → "2": markers and bodies pair by their number however it is printed. */
const footnoteId = (s: string) =>
  [...s].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c)).join('');
const PAGE_ARTIFACT =
  /^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$|^\s*(?:Trang|Page)\s+\d+(?:\s*(?:\/|of)\s*\d+)?\s*$|^\s*[|\-_=.*]{1,}\s*$/iu;

export function isStructuralLine(text: string): boolean {
  return ITEM_START.test(text);
}

export function analyseLayout(source: string): Layout {
  const lines = splitLines(source);
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const doubleSpaced = isDoubleSpaced(lines);
  const lengths = nonBlank.map((l) => l.text.trimEnd().length).sort((a, b) => a - b);
  const typicalLineLength = lengths.length ? (lengths[Math.floor(lengths.length * 0.75)] ?? 0) : 0;

  const footnotes = findFootnotes(source, lines, doubleSpaced);
  let masked = source;
  for (const f of footnotes) {
    masked = blank(masked, f.span[0], f.span[1]);
    for (const m of f.markers) masked = blank(masked, m[0], m[1]);
  }
  for (const line of lines) {
    if (line.text.trim() !== '' && PAGE_ARTIFACT.test(line.text))
      masked = blank(masked, line.start, line.end);
  }
  return { footnotes, masked, doubleSpaced, lines, typicalLineLength };
}

function isDoubleSpaced(lines: Line[]): boolean {
  let text = 0;
  let followedByBlank = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((lines[i] as Line).text.trim() === '') continue;
    text++;
    if ((lines[i + 1] as Line).text.trim() === '') followedByBlank++;
  }
  return text > 4 && followedByBlank / text > 0.6;
}

function findFootnotes(source: string, lines: Line[], doubleSpaced: boolean): Footnote[] {
  const markers: { id: string; span: Span }[] = [];
  for (const m of source.matchAll(MARKER)) {
    const start = m.index ?? 0;
    // A digit after a capital letter is part of a code ("CPTPP2"), not a marker; a superscript is one.
    if (/\d/.test((m[1] as string)[0] as string) && isUpper(source[start - 1])) continue;
    markers.push({ id: footnoteId(m[1] as string), span: [start, start + (m[1] as string).length] });
  }
  if (markers.length === 0) return [];

  const footnotes: Footnote[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = FOOTNOTE_BODY.exec(line.text);
    if (!m || /^\s*\d{1,2}\s*[.)]/.test(line.text)) continue;
    const id = footnoteId(m[1] as string);
    const refs = markers.filter((k) => k.id === id && k.span[0] < line.start && !taken.has(k.span[0]));
    if (refs.length === 0) continue;
    const end = footnoteEnd(lines, i, doubleSpaced);
    const span: Span = [line.start, end];
    const numberEnd = line.start + (m[0] as string).length;
    // A marker refers to the nearest body with its number that follows it.
    const mine = refs.filter(
      (r) => !footnotes.some((f) => f.id === id && f.span[0] > r.span[0] && f.span[0] < line.start),
    );
    for (const r of mine) taken.add(r.span[0]);
    footnotes.push({ id, span, textSpan: [numberEnd, end], markers: mine.map((r) => r.span) });
  }
  // Markers that sit inside a footnote body are not references from the body text.
  for (const f of footnotes) {
    f.markers = f.markers.filter((mk) => !footnotes.some((o) => mk[0] >= o.span[0] && mk[1] <= o.span[1]));
  }
  return footnotes.filter((f) => f.markers.length > 0);
}

function footnoteEnd(lines: Line[], first: number, doubleSpaced: boolean): number {
  let end = (lines[first] as Line).end;
  let prev = (lines[first] as Line).text.trim();
  for (let k = first + 1; k < lines.length; k++) {
    const text = (lines[k] as Line).text;
    const trimmed = text.trim();
    if (trimmed === '') {
      if (!doubleSpaced) break;
      continue;
    }
    if (/[.]\)?$/.test(prev)) break;
    if (isStructuralLine(text) || FOOTNOTE_BODY.test(text) || PAGE_ARTIFACT.test(text)) break;
    const blankBefore = (lines[k - 1] as Line).text.trim() === '';
    if (blankBefore && !isUpper(trimmed[0])) break;
    end = (lines[k] as Line).end;
    prev = trimmed;
  }
  return end;
}
