// The numbered structure of a document body: Roman sections ("II. NHIỆM VỤ"), numbered items
// ("1.", "2."), articles ("Điều 2."), the closing paragraph ("Yêu cầu thủ trưởng… nghiêm túc
// triển khai thực hiện./."). Decides which items are tasks.
import { isStructuralLine } from './layout.js';
import { cleanProse, collapse, foldKey, isUpper, type Line, splitLines } from './text.js';
import type { Span } from './types.js';

export interface Item {
  label: string;
  span: Span;
  /** Offset just after the label ("1. "). */
  contentStart: number;
  isTask: boolean;
}

export interface Structure {
  items: Item[];
  /** Sections whose items are not tasks (purpose, requirements, background…). */
  excluded: Span[];
  /** Where the closing paragraph starts, or the body end. */
  closingStart: number;
}

const ROMAN = /^[ \t]*([IVXL]{1,5})[ \t]*[.\-/)][ \t]*(\S.*)$/u;
const ARABIC = /^[ \t]*(\d{1,2})[ \t]*[.)][ \t]+(?=\S)(?!\d)/u;
const ARTICLE = /^[ \t]*Điều[ \t]+(\d{1,3})[ \t]*[.:]/u;
const CLOSING =
  /^[ \t]*(?:Yêu cầu\s+(?:[Tt]hủ trưởng|Giám đốc|các|Chủ tịch|Chánh|Người đứng đầu)|Đề nghị\s+(?:[Tt]hủ trưởng|Giám đốc|Chủ tịch|Quý|các cơ quan, đơn vị)|Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện|Quá trình (?:tổ chức )?thực hiện|Trên đây là|Nhận được (?:Công văn|văn bản)|(?:Ủy ban nhân dân|UBND|Chủ tịch (?:UBND|Ủy ban nhân dân)) tỉnh yêu cầu)/u;
const NON_TASK_SECTION =
  /muc dich|yeu cau|quan diem|muc tieu|ket qua|danh gia|tinh hinh|can cu|boi canh|thuc trang|su can thiet|ly do|pham vi|doi tuong/;
const TASK_SECTION = /nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem|hoat dong|noi dung/;
const NON_TASK_ITEM = /^(?:muc dich|yeu cau|muc tieu|quan diem|pham vi|doi tuong)\b/;
const BOILERPLATE_ARTICLE =
  /^(?:ban hanh kem theo|phe duyet|quyet dinh nay co hieu luc|bai bo)|co hieu luc (?:thi hanh )?(?:ke )?tu|thi hanh quyet dinh nay|can cu quyet dinh thi hanh/;

export function readStructure(masked: string, from: number, to: number): Structure {
  const lines = splitLines(masked, from, to);
  const items: Item[] = [];
  const excluded: Span[] = [];
  let sectionIsTask = true;
  let sectionStart = -1;
  const sectionStarts: number[] = [];
  let expected = 1;
  let expectedArticle = 1;
  let closingStart = to;
  let prevText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    if (text.trim() === '') continue;
    const paragraphStart = prevText === '' || /[.:;]\s*$/.test(prevText);
    if (paragraphStart && CLOSING.test(text) && items.length > 0) {
      closingStart = line.start;
      break;
    }
    const roman = ROMAN.exec(text);
    if (roman && isUpper((roman[2] as string).charAt(0))) {
      if (!sectionIsTask && sectionStart >= 0) excluded.push([sectionStart, line.start]);
      let title = roman[2] as string;
      const next = lines[i + 1];
      if (
        next?.text.trim() &&
        !isStructuralLine(next.text) &&
        collapse(next.text) === collapse(next.text).toUpperCase()
      )
        title += ` ${next.text}`;
      const key = foldKey(title);
      sectionIsTask = TASK_SECTION.test(key) || !NON_TASK_SECTION.test(key);
      sectionStart = line.start;
      sectionStarts.push(line.start);
      expected = 1;
      prevText = '';
      continue;
    }
    const article = ARTICLE.exec(text);
    if (article && Number(article[1]) === expectedArticle) {
      expectedArticle++;
      expected = 1;
      items.push({
        label: `Điều ${article[1]}`,
        span: [line.start, to],
        contentStart: line.start + article[0].length,
        isTask: true,
      });
      prevText = text.trim();
      continue;
    }
    const arabic = ARABIC.exec(text);
    if (arabic) {
      const n = Number(arabic[1]);
      // The next number in sequence starts an item; a "1." only at the start of a paragraph.
      if ((n === expected && n > 1) || (n === 1 && paragraphStart)) {
        expected = n + 1;
        items.push({
          label: String(n),
          span: [line.start, to],
          contentStart: line.start + arabic[0].length,
          isTask: sectionIsTask,
        });
      }
    }
    prevText = text.trim();
  }
  if (!sectionIsTask && sectionStart >= 0) excluded.push([sectionStart, closingStart]);
  // Each item ends where the next one (or a section, or the closing paragraph) starts.
  const boundaries = [...items.map((it) => it.span[0]), ...sectionStarts, closingStart].sort((a, b) => a - b);
  for (const item of items) {
    const next = boundaries.find((b) => b > item.span[0]);
    item.span = [item.span[0], Math.min(next ?? to, to)];
  }
  // An article holding numbered items is their heading, not a task of its own.
  for (const item of items) {
    if (!item.label.startsWith('Điều')) continue;
    const inside = items.some(
      (o) =>
        o !== item &&
        !o.label.startsWith('Điều') &&
        o.span[0] > item.span[0] &&
        o.span[0] < nextArticleStart(items, item, to),
    );
    const key = foldKey(masked.slice(item.contentStart, item.span[1]));
    if (inside || BOILERPLATE_ARTICLE.test(key)) item.isTask = false;
  }
  for (const item of items) {
    if (item.isTask && NON_TASK_ITEM.test(foldKey(masked.slice(item.contentStart, item.contentStart + 40))))
      item.isTask = false;
  }
  // Articles that hold items extend over them: their spans matter for context only.
  return { items, excluded, closingStart };
}

function nextArticleStart(items: Item[], article: Item, to: number): number {
  const next = items.find((o) => o.label.startsWith('Điều') && o.span[0] > article.span[0]);
  return next ? next.span[0] : to;
}

/**
 * The whole wording of an item as one line of prose, its heading included ("Tổ chức hội nghị
 * xúc tiến đầu tư. Giao Sở Tài chính chủ trì…"): the value a clerk saves as the task's "rõ việc".
 * Nothing is cut here; shortening belongs to display only.
 */
export function itemText(masked: string, item: Item, typicalLineLength: number): string {
  const lines = splitLines(masked, item.contentStart, item.span[1])
    .map((l) => l.text.trim())
    .filter(Boolean);
  let out = '';
  lines.forEach((t, k) => {
    const prev = lines[k - 1];
    // A short line without closing punctuation before a capital or a bullet is a heading.
    const headingBreak =
      prev !== undefined &&
      !/[.;:,…]$/u.test(prev) &&
      (/^[-–+•]\s/u.test(t) || (prev.length < typicalLineLength * 0.8 && isUpper(t.charAt(0))));
    out += k === 0 ? t : `${headingBreak ? '.' : ''} ${t}`;
  });
  return cleanProse(out)
    .replace(/\s*\.\/\.\s*$/u, '')
    .replace(/[;:,\s]+$/u, '')
    .replace(/(?<![.…])\.$/u, '');
}
