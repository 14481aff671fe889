// Units and groups of units named in running text ("Giao Sở Ngoại vụ…", "UBND các xã, phường"),
// and whether a mention gives the unit work (assignee) or only names it as recipient, source or
// partner ("gửi Sở Ngoại vụ", "qua Sở Ngoại vụ", "phối hợp với…", "của Bộ Chính trị").
import { expandUnitAbbreviations } from './abbreviations.js';
import { type DirectoryIndex, lookupUnit } from './directory.js';
import { isUpper, type Token, tokenize } from './text.js';
import type { DirectoryUnit, Span } from './types.js';

export interface UnitMention {
  name: string;
  unit: DirectoryUnit | null;
  span: Span;
  /** Where the role is read from when the name is one of a list ("các tỉnh: Kon Tum, Gia Lai"). */
  roleSpan?: Span;
}

export interface GroupMention {
  group: string;
  span: Span;
}

/** Directory units named in text[from, to) (longest match wins), plus unknown "Sở …"/"Xã …" names. */
export function findUnitMentions(
  text: string,
  from: number,
  to: number,
  index: DirectoryIndex,
): UnitMention[] {
  const tokens = tokenize(text, from, to);
  const out: UnitMention[] = [];
  const listed = findListedUnits(text, from, to, index);
  let nextList = 0;
  for (let i = 0; i < tokens.length; i++) {
    const list = listed[nextList];
    if (list && (tokens[i] as Token).start >= list.span[0]) {
      for (const u of list.units) out.push({ ...u, roleSpan: list.span });
      while (i < tokens.length && (tokens[i] as Token).start < list.span[1]) i++;
      nextList++;
      i--;
      continue;
    }
    let hit: { unit: DirectoryUnit; j: number } | null = null;
    let key = '';
    for (let j = i; j < Math.min(tokens.length, i + index.maxTokens); j++) {
      key = key ? `${key} ${(tokens[j] as Token).w}` : (tokens[j] as Token).w;
      const list = index.full.get(key);
      if (list && list.length === 1 && capitalised(text, tokens, i, list[0] as DirectoryUnit))
        hit = { unit: list[0] as DirectoryUnit, j };
    }
    if (hit) {
      const span: Span = [(tokens[i] as Token).start, (tokens[hit.j] as Token).end];
      out.push({ name: hit.unit.name, unit: hit.unit, span });
      i = hit.j;
      continue;
    }
    const unknown = unknownUnitAt(text, tokens, i);
    if (unknown) {
      out.push(unknown.mention);
      i = unknown.last;
    }
  }
  return out;
}

/** The name part of a directory match must be capitalised in the source ("xã hội" is not a commune). */
function capitalised(text: string, tokens: Token[], i: number, unit: DirectoryUnit): boolean {
  const skip = unit.kind === 'xa' || unit.kind === 'phuong' || unit.kind === 'so' ? 1 : 0;
  const t = tokens[i + skip] ?? tokens[i];
  return isUpper(text[(t as Token).start]);
}

const STOP_WORDS = new Set([
  'lam',
  'chu',
  'tri',
  'phoi',
  'hop',
  'thuc',
  'hien',
  'to',
  'chuc',
  'tham',
  'muu',
  'co',
  'duoc',
  'de',
  'theo',
  'tai',
  'trong',
  've',
  'can',
  'cu',
  'gui',
  'bao',
  'cao',
  'cac',
  'cung',
  'voi',
  'giao',
  'xay',
  'dung',
  'tong',
  'hop',
  'trien',
  'khai',
  'la',
  'thuong',
  'truc',
  'chiu',
  'trach',
  'nhiem',
  'ban',
  'hanh',
  'de',
  'nghi',
  'va',
  'cua',
  'thuoc',
  'huong',
  'dan',
  'kiem',
  'tra',
  'theo',
  'doi',
  'don',
  'doc',
  'nam',
  'tinh',
  'da',
  'dang',
  'se',
  'khan',
  'truong',
  'chi',
  'dao',
  'nhu',
  'sau',
  'neu',
  'tren',
]);

/** Name parts whose second word is also a common verb ("Ngoại giao", "Xây dựng", "Giáo dục"). */
const COMPOUNDS = new Set([
  'ngoai giao',
  'xay dung',
  'giao duc',
  'dao tao',
  'tai chinh',
  'tu phap',
  'noi vu',
  'cong an',
  'quoc phong',
  'giao thong',
  'van tai',
  'thong tin',
  'truyen thong',
  'ke hoach',
  'dau tu',
  'cong thuong',
  'lao dong',
  'thuong binh',
  'xa hoi',
  'khoa hoc',
  'cong nghe',
  'tai nguyen',
  'moi truong',
  'nong nghiep',
  'van hoa',
  'the thao',
  'du lich',
  'y te',
  'dan toc',
  'ton giao',
]);
const NEW_HEAD = new Set(['bo', 'so', 'ubnd', 'uy', 'ban', 'cong', 'van', 'cuc', 'bo', 'tong']);

const LONG_PART_WORDS = new Set(['van', 'tai', 'nong', 'thon', 'do', 'thi', 'truyen', 'thong', 'xa', 'hoi']);

/** "Sở Kế hoạch và Đầu tư", "UBND xã Ia Ly", "Phường Hội Phú" not in the directory: kept as text. */
function unknownUnitAt(
  text: string,
  tokens: Token[],
  i: number,
): { mention: UnitMention; last: number } | null {
  const t = tokens[i] as Token;
  let nameStart = i + 1;
  let kind: 'so' | 'place' | null = null;
  const w = (k: number) => tokens[i + k]?.w;
  // "UBND huyện Ngọc Hồi", "Ủy ban nhân dân thành phố Móng Cái", "UBND tỉnh Khánh Hòa".
  const committee =
    t.w === 'ubnd' ? 1 : t.w === 'uy' && w(1) === 'ban' && w(2) === 'nhan' && w(3) === 'dan' ? 4 : 0;
  const word = text.slice(t.start, t.end);
  if (word === 'Sở') kind = 'so';
  // "Bộ Ngoại giao", "Bộ Kế hoạch và Đầu tư" (not "Bộ Chính trị", a party body).
  else if (word === 'Bộ' && !(w(1) === 'chinh' && w(2) === 'tri')) kind = 'so';
  else if (t.w === 'xa' || t.w === 'phuong') kind = 'place';
  else if (committee) {
    const level = ['xa', 'phuong', 'huyen', 'quan', 'tinh'].includes(w(committee) ?? '')
      ? 1
      : (w(committee) === 'thanh' && w(committee + 1) === 'pho') ||
          (w(committee) === 'thi' && ['xa', 'tran'].includes(w(committee + 1) ?? ''))
        ? 2
        : 0;
    if (!level) return null;
    const head = text.slice(t.start, (tokens[i + committee + level - 1] as Token).end);
    if (head === head.toUpperCase()) return null; // "ỦY BAN NHÂN DÂN TỈNH" in capitals: a heading
    kind = 'place';
    nameStart = i + committee + level;
  }
  if (!kind) return null;
  const first = tokens[nameStart];
  if (!first || !isUpper(text[first.start]) || gapHasBreak(text, tokens, nameStart - 1, nameStart))
    return null;
  if (text.slice((tokens[nameStart - 1] as Token).end, first.start).includes(',')) return null;
  if (tokens[i - 1]?.w === 'cac') return null;
  if (kind === 'place' && tokens[nameStart - 1]?.w === 'cac') return null;
  if (
    /^\p{Lu}{2,}/u.test(text.slice(first.start, first.end)) &&
    text.slice(first.start, first.end).length > 1
  ) {
    // ALL-CAPS ("XÃ HỘI CHỦ NGHĨA"): a heading, not a name.
    if (text.slice(t.start, first.end) === text.slice(t.start, first.end).toUpperCase()) return null;
  }
  let last = nameStart;
  let lowerRun = 0;
  for (let j = nameStart + 1; j < tokens.length && j < nameStart + 10; j++) {
    const tok = tokens[j] as Token;
    if (gapHasBreak(text, tokens, j - 1, j)) break;
    // "Bộ Công an, Bộ Tư pháp": a comma before a new head word ends the name.
    if (text.slice((tokens[j - 1] as Token).end, tok.start).includes(',') && NEW_HEAD.has(tok.w)) break;
    const upper = isUpper(text[tok.start]);
    if (kind === 'place') {
      if (!upper) break;
    } else if (tok.w === 'va') {
      // "… và Đầu tư": "và" joins two parts of one name only before a capitalised word.
      const next = tokens[j + 1];
      if (!next || !isUpper(text[next.start]) || next.w === 'so' || next.w === 'ubnd') break;
      lowerRun = 0;
      continue;
    } else if (upper) {
      lowerRun = 0;
    } else {
      // A part of a department's name is a two-word compound ("Kế hoạch", "Đầu tư"), a few run longer.
      const compound = lowerRun === 0 && COMPOUNDS.has(`${(tokens[j - 1] as Token).w} ${tok.w}`);
      if (!compound && (STOP_WORDS.has(tok.w) || (lowerRun >= 1 && !LONG_PART_WORDS.has(tok.w)))) break;
      lowerRun++;
    }
    last = j;
  }
  const start = t.start;
  const end = (tokens[last] as Token).end;
  const name = expandUnitAbbreviations(text.slice(start, end).replace(/\s+/g, ' '));
  return { mention: { name, unit: null, span: [start, end] }, last };
}

/** Punctuation other than a comma inside a name, or a paragraph break, between two tokens. */
function gapHasBreak(text: string, tokens: Token[], a: number, b: number): boolean {
  const gap = text.slice((tokens[a] as Token).end, (tokens[b] as Token).start);
  return /[;:.()"“”]|\n\s*\n/.test(gap) || (gap.includes(',') && !/^,\s*$/.test(gap));
}

// ---------------------------------------------------------------------------------------------

const ADMIN_KINDS: [string[], string][] = [
  [['thi', 'tran'], 'thị trấn'],
  [['thi', 'xa'], 'thị xã'],
  [['thanh', 'pho'], 'thành phố'],
  [['xa'], 'xã'],
  [['phuong'], 'phường'],
  [['huyen'], 'huyện'],
  [['quan'], 'quận'],
  [['tinh'], 'tỉnh'],
];

/** "các sở, ban, ngành", "UBND các xã, phường", "UBND các huyện, thị xã, thành phố"… */
export function findGroupMentions(text: string, from: number, to: number): GroupMention[] {
  const tokens = tokenize(text, from, to);
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    if (w === 'ubnd' && tokens[i + 1]?.w === 'cac') {
      const kinds: string[] = [];
      let j = i + 2;
      outer: while (j < tokens.length) {
        for (const [words, label] of ADMIN_KINDS) {
          if (words.every((x, k) => tokens[j + k]?.w === x)) {
            kinds.push(label);
            j += words.length;
            continue outer;
          }
        }
        break;
      }
      // "UBND các tỉnh: Kon Tum, Gia Lai" names units; "UBND các tỉnh nêu trên" points back to them.
      const after = text.slice(
        (tokens[j - 1] as Token | undefined)?.end ?? 0,
        ((tokens[j - 1] as Token | undefined)?.end ?? 0) + 20,
      );
      if (kinds.length && /^\s*(?::\s*\p{Lu}|nêu trên|nói trên|trên(?![\p{L}]))/u.test(after)) {
        i = j - 1;
        continue;
      }
      if (kinds.length) {
        out.push({
          group: `UBND các ${kinds.join(', ')}`,
          span: [(tokens[i] as Token).start, (tokens[j - 1] as Token).end],
        });
        i = j - 1;
      }
      continue;
    }
    const startsWithCac = w === 'cac';
    const k0 = startsWithCac ? i + 1 : i;
    const members: string[] = [];
    let j = k0;
    while (j < tokens.length && ['so', 'ban', 'nganh', 'doan'].includes((tokens[j] as Token).w)) {
      const m = (tokens[j] as Token).w;
      if (m === 'doan') {
        if (tokens[j + 1]?.w !== 'the') break;
        members.push('doan the');
        j += 2;
        continue;
      }
      members.push(m);
      j++;
    }
    const hasSo = members.includes('so');
    const hasBanNganh = members.includes('ban') && members.includes('nganh');
    if (
      members.length &&
      (hasSo || hasBanNganh) &&
      (startsWithCac || members.length >= 2) &&
      members[0] !== 'doan the'
    ) {
      if (hasSo && members.length === 1 && !startsWithCac) continue;
      // A capitalised "Sở" followed by a capitalised name is one department, not the group.
      const soTok = tokens[k0] as Token;
      const afterSo = tokens[k0 + 1];
      if (members.length === 1 && afterSo && isUpper(text[afterSo.start]) && isUpper(text[soTok.start]))
        continue;
      const label = members.includes('doan the') ? 'các sở, ban, ngành, đoàn thể' : 'các sở, ban, ngành';
      out.push({ group: label, span: [(tokens[i] as Token).start, (tokens[j - 1] as Token).end] });
      i = j - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

// Matched on lower-case words that keep their diacritics: folded, "qua" (via) and "quả" (result) collide.
const NOT_ASSIGNEE_BEFORE = [
  'của',
  'gửi',
  'gửi về',
  'qua',
  'thông qua',
  'với',
  'tham mưu',
  'trình',
  'đề xuất',
  'địa bàn',
  'thuộc',
  'trực thuộc',
  'tại',
  'báo cáo về',
  'phản ánh về',
  'chuyển về',
  'nộp về',
  'ý kiến',
  'giúp',
  'kiến nghị',
  'báo cáo',
  'phản ánh',
  'đến',
];
const TITLES = [
  'thủ trưởng',
  'chủ tịch',
  'phó chủ tịch',
  'giám đốc',
  'phó giám đốc',
  'lãnh đạo',
  'chánh văn phòng',
  'chánh',
  'trưởng',
  'người đứng đầu',
  'các đồng chí',
  'đồng chí',
];

function lowerWords(s: string): string[] {
  return (
    s
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\d]+/gu) ?? []
  );
}

/**
 * Whether the mention starting at `start` gives the unit work. Looks at the few words before it
 * in the same clause, skipping titles ("Giám đốc", "Chủ tịch"): "gửi", "qua", "với", "của"…
 * make it a recipient, partner or source instead.
 */
export function isAssigneeContext(text: string, start: number): boolean {
  return assigneeRole(text, [start, start]) === 'lead';
}

// After a name: the speaker of the letter ("Bộ Ngoại giao đề nghị …", "Sở Ngoại vụ trân trọng …"),
// or a unit told only for its information ("… biết", "(để biết)").
const SPEAKER_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:kính\s+)?(?:đề nghị|yêu cầu|xin|trân trọng|thông báo|đồng ý|nhất trí|có ý kiến|cảm ơn|ban hành|xin phép)(?![\p{L}])/u;
const FOR_INFORMATION_AFTER =
  /^\s*(?:\(\s*(?:để\s+)?(?:biết|b\/c|báo cáo)[^)]*\)|(?:để\s+)?biết(?![\p{L}]))/u;

/**
 * How the mention at `span` is given work: as lead (or sole) unit, as partner ("phối hợp với
 * …", "Cơ quan phối hợp: …"), or not at all (recipient, source, speaker, for information).
 */
export function assigneeRole(text: string, span: Span): 'lead' | 'coordinator' | null {
  const start = span[0];
  const after = text.slice(span[1], span[1] + 40);
  if (span[1] > span[0] && (SPEAKER_AFTER.test(after) || FOR_INFORMATION_AFTER.test(after))) return null;
  // "Sở Công Thương các tỉnh, thành phố": a group of every province's department, not this one.
  if (span[1] > span[0] && /^\s*(?:của\s+)?các\s+(?:tỉnh|thành phố|bộ|địa phương)/u.test(after)) return null;
  let before = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf('.'),
    before.lastIndexOf(':'),
    before.lastIndexOf('('),
    before.lastIndexOf('\n\n'),
  );
  // "Cơ quan phối hợp: Sở Nội vụ, Sở Tư pháp" — a labelled list of partners.
  const partnerLabel = cut >= 0 && before[cut] === ':' && /phối\s+hợp\s*$/iu.test(before.slice(0, cut));
  if (cut >= 0) before = before.slice(cut + 1);
  let words = lowerWords(before);
  let stripped = true;
  while (stripped && words.length) {
    stripped = false;
    for (const title of TITLES) {
      const parts = title.split(' ');
      if (
        parts.length <= words.length &&
        parts.every((p, k) => words[words.length - parts.length + k] === p)
      ) {
        words = words.slice(0, words.length - parts.length);
        stripped = true;
        break;
      }
    }
  }
  const clause = words.join(' ');
  const tail = words.slice(-3).join(' ');
  if (tail.endsWith('đối với')) return 'lead';
  if (partnerLabel) return ACTION_WORDS.test(clause) ? 'lead' : 'coordinator';
  if (/(?:^| )(?:phối hợp(?: chặt chẽ)?|cùng) với$/u.test(words.slice(-4).join(' '))) return 'coordinator';
  // "báo cáo định kỳ về Sở Ngoại vụ", "gửi hồ sơ về Sở…": the unit receives.
  if (
    words[words.length - 1] === 'về' &&
    /(?:^| )(?:báo cáo|gửi|phản ánh|nộp|chuyển)(?: |$)/u.test(words.slice(-7).join(' '))
  ) {
    return null;
  }
  if (NOT_ASSIGNEE_BEFORE.some((phrase) => tail === phrase || tail.endsWith(` ${phrase}`))) return null;
  return partnerListRole(clause);
}

const PARTNER_LEAD = /(?:^| )(?:phối hợp(?: chặt chẽ)? với|cùng với|gửi(?: về)?|thông qua) /gu;
const ACTION_WORDS =
  /(?:^| )(?:(?<!các )tổ chức|triển khai|thực hiện|chịu|trách nhiệm|giao|yêu cầu|đề nghị|làm|xây dựng|chủ trì|khẩn trương|tham mưu|theo dõi|tổng hợp|rà soát|nghiên cứu|hướng dẫn|kiểm tra|ban hành|bảo đảm|đảm bảo)(?: |$)/u;

/** "phối hợp với các sở, ban, ngành và UBND các huyện…": every name in the partner list, not only the first. */
function partnerListRole(clause: string): 'lead' | 'coordinator' | null {
  const m = [...clause.matchAll(PARTNER_LEAD)].pop();
  if (!m) return 'lead';
  const after = clause.slice((m.index ?? 0) + m[0].length);
  if (ACTION_WORDS.test(after)) return 'lead';
  return /phối hợp|cùng với/u.test(m[0]) ? 'coordinator' : null;
}

// ---------------------------------------------------------------------------------------------

const LISTED_KINDS: Record<string, (name: string) => string> = {
  tỉnh: (n) => `Ủy ban nhân dân tỉnh ${n}`,
  'thành phố': (n) => `Ủy ban nhân dân thành phố ${n}`,
  huyện: (n) => `Ủy ban nhân dân huyện ${n}`,
  'thị xã': (n) => `Ủy ban nhân dân thị xã ${n}`,
  xã: (n) => `Xã ${n}`,
  phường: (n) => `Phường ${n}`,
  bộ: (n) => `Bộ ${n}`,
};
const LISTED =
  /(?<![\p{L}])(?:(?:Ủy ban nhân dân|UBND)\s+)?[Cc]ác\s+(tỉnh|thành phố|huyện|thị xã|xã|phường|[Bb]ộ)\s*:\s*/gu;
const LISTED_ITEM = /^\p{Lu}[\p{L}\d]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\d]*)*/u;

export interface ListedUnits {
  /** The whole phrase, "Ủy ban nhân dân các tỉnh: Kon Tum, Gia Lai và Đắk Lắk". */
  span: Span;
  units: UnitMention[];
}

/**
 * Units named by one kind word and a list of names: "Ủy ban nhân dân các tỉnh: Kon Tum, Gia Lai",
 * "Các xã: Ia Dom, Ia Nan", "các Bộ: Ngoại giao, Công an" — one unit per name.
 */
export function findListedUnits(
  text: string,
  from: number,
  to: number,
  index: DirectoryIndex,
): ListedUnits[] {
  const out: ListedUnits[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(LISTED)) {
    const start = from + (m.index ?? 0);
    const kind = (m[1] as string).toLowerCase();
    const make = LISTED_KINDS[kind] as (n: string) => string;
    let at = start + m[0].length;
    const units: UnitMention[] = [];
    for (;;) {
      const item = LISTED_ITEM.exec(text.slice(at, Math.min(to, at + 60)));
      if (!item) break;
      const name = make(item[0].replace(/\s+/g, ' '));
      units.push({
        name: lookupName(index, name),
        unit: lookupUnit(index, name),
        span: [at, at + item[0].length],
      });
      at += item[0].length;
      const sep = /^(?:\s*,\s*|\s+và\s+)/u.exec(text.slice(at, at + 8));
      if (!sep) break;
      at += sep[0].length;
    }
    if (units.length) out.push({ span: [start, at], units });
  }
  return out;
}

function lookupName(index: DirectoryIndex, name: string): string {
  return lookupUnit(index, name)?.name ?? name;
}
