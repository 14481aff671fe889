// The overlap review (rà soát chồng chéo, trùng lặp): which tasks of all documents and units are
// likely the same work. Pure: the server feeds it the tasks, the settled pairs, and shows what
// it proposes; the labelled corpus (overlap-corpus/) measures it.
//
// A pair's score = text × (0.75 + 0.15 × units + 0.1 × period), where
//   text   = cosine of the two titles' tf-idf vectors over syllables and syllable pairs of the
//            normalised text (normalizeVi), idf from all the tasks reviewed; names that tell two
//            works apart (countries, partners, years, document numbers) lower it;
//   units  = 1 same lead unit, 0.6 the lead of one works on the other, 0.3 shared units, 0;
//            two communes/wards doing the same thing each in its own area are not an overlap,
//            while two departments leading the same work are (chồng chéo);
//   period = 1 the two periods overlap, 0.5 one is unknown, 0 disjoint.
// Pairs with text ≥ TEXT_MIN and score ≥ SCORE_MIN are proposed; pairs are merged into groups
// when every pair of the merged group is proposed too and none has been settled already.
import { normalizeVi } from './vn-text.js';

export const overlapDecisions = ['duplicate', 'related', 'distinct'] as const;
export type OverlapDecision = (typeof overlapDecisions)[number];

export const overlapDecisionLabels: Record<OverlapDecision, string> = {
  duplicate: 'Trùng lặp',
  related: 'Có liên quan',
  distinct: 'Không trùng',
};

export interface OverlapTask {
  id: string;
  title: string;
  /** The task's lead unit and the units leading it through assignments. */
  leadUnitIds: readonly string[];
  /** Every unit on the task: lead, coordinating, assigned. */
  unitIds: readonly string[];
  /** The period the work runs over (from: the document's date; to: the deadline, null = open). */
  from: string | null;
  to: string | null;
  /** Every lead unit is a commune or ward: its work covers its own area only. */
  territorial?: boolean;
}

export interface OverlapPair {
  a: string;
  b: string;
  score: number;
  text: number;
  units: number;
  period: number;
}

export interface OverlapGroup {
  taskIds: string[];
  score: number;
  pairs: OverlapPair[];
}

export const TEXT_MIN = 0.38;
export const SCORE_MIN = 0.35;
const MAX_GROUP = 8;

/** Words that carry no meaning of their own in plan wording. */
const STOP = new Set(
  (
    'va cac cua theo tren cho voi tai trong de nham la co duoc nhung mot do nay ve tu den khi ' +
    'viec cong tac thuc hien trien khai tinh gia lai ubnd uy ban nhan dan dia ban nam giai doan ' +
    'dong thoi tiep tuc hang hop ly hon nua gan cu the chu dong to chuc'
  ).split(' '),
);

/** Words that name a distinct work: two tasks that differ in them are rarely the same. */
const MARKERS = [
  'han quoc',
  'nhat ban',
  'trung quoc',
  'lao',
  'campuchia',
  'thai lan',
  'hoa ky',
  'an do',
  'uc',
  'phap',
  'duc',
  'nga',
  'singapore',
  'dai loan',
  'cu ba',
  'asean',
  'eu',
  'apec',
  'wto',
  'cptpp',
  'rcep',
  'evfta',
  'jica',
  'koica',
  'unesco',
  'nu',
  'ngo',
  'fdi',
  'oda',
  'xuc tien dau tu',
  'xuc tien thuong mai',
  'du lich',
  'giao duc',
  'y te',
  'quoc phong',
  'an ninh',
  'bien gioi',
  'bien dao',
  'nong nghiep',
  'khoa hoc',
  'van hoa',
  'the thao',
  'lao dong',
  'tu phap',
  'nguoi viet nam o nuoc ngoai',
  'kieu bao',
  'tiep nhan',
  'danh gia',
  'so ket',
  'tong ket',
] as const;

const YEAR_OR_NUMBER = /\b(?:19|20)\d\d\b|\b\d+[a-z]*(?: [a-z]{1,4}){1,3}\b/g;

export interface TextFeatures {
  weights: Map<string, number>;
  markers: Set<string>;
  numbers: Set<string>;
}

/**
 * The verbs and adverbs plans use to say "do it well" ("tăng cường", "đẩy mạnh", "nâng cao hiệu
 * quả"): one plan writes "đẩy mạnh" where another restating it writes "tăng cường".
 */
const GENERIC_PHRASES = new RegExp(
  ` (?:${[
    'tang cuong',
    'day manh',
    'nang cao',
    'hieu qua',
    'xay dung',
    'ban hanh',
    'mo rong',
    'doi moi',
    'phat huy',
    'duy tri',
    'tham muu',
    'phoi hop',
    'chu tri',
    'tich cuc',
    'quyet liet',
    'kip thoi',
    'sau rong',
    'toan the',
    'manh me',
    'khai thac',
    'tan dung',
    'lam tot',
  ].join('|')}) `,
  'g',
);

/** Syllables of the normalised text, without stop words and generic phrases. */
export function contentTokens(text: string): string[] {
  return tokensOfNormalized(normalizeVi(text));
}

function tokensOfNormalized(norm: string): string[] {
  // twice: adjacent phrases share the space between them
  const s = ` ${norm} `.replace(GENERIC_PHRASES, '  ').replace(GENERIC_PHRASES, '  ');
  return s.split(' ').filter((w) => w && !STOP.has(w));
}

/** Syllables and adjacent syllable pairs ("xuc tien", "tien dau"): Vietnamese words are mostly two syllables. */
function featureCounts(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i]!, 1);
    if (i + 1 < tokens.length) add(`${tokens[i]} ${tokens[i + 1]}`, 1.5);
  }
  return counts;
}

function markersOf(norm: string): Set<string> {
  const padded = ` ${norm} `;
  const found = new Set<string>();
  for (const m of MARKERS) if (padded.includes(` ${m} `)) found.add(m);
  return found;
}

function numbersOf(norm: string): Set<string> {
  return new Set(norm.match(YEAR_OR_NUMBER) ?? []);
}

/** How much the named things of two texts disagree: 1 none, lower when each names what the other lacks. */
function markerFactor(a: TextFeatures, b: TextFeatures): number {
  let factor = 1;
  const onlyA = [...a.markers].filter((m) => !b.markers.has(m));
  const onlyB = [...b.markers].filter((m) => !a.markers.has(m));
  if (onlyA.length && onlyB.length) factor *= 0.55;
  else if (onlyA.length || onlyB.length) factor *= 0.85;
  const nA = [...a.numbers].filter((m) => !b.numbers.has(m));
  const nB = [...b.numbers].filter((m) => !a.numbers.has(m));
  if (nA.length && nB.length) factor *= 0.7;
  return factor;
}

/** tf-idf vectors of every text, normalised to length 1, with idf over the texts given. */
export function buildFeatures(texts: readonly string[]): TextFeatures[] {
  const norms = texts.map(normalizeVi);
  const counts = norms.map((n) => featureCounts(tokensOfNormalized(n)));
  const df = new Map<string, number>();
  for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c, i) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [f, tf] of c) {
      const w = tf * Math.log(1 + n / df.get(f)!);
      weights.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of weights) weights.set(f, w / norm);
    return { weights, markers: markersOf(norms[i]!), numbers: numbersOf(norms[i]!) };
  });
}

export function textSimilarity(a: TextFeatures, b: TextFeatures): number {
  let dot = 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [f, w] of small.weights) {
    const o = large.weights.get(f);
    if (o) dot += w * o;
  }
  return Math.min(1, dot * markerFactor(a, b));
}

export function unitSimilarity(a: OverlapTask, b: OverlapTask): number {
  const leadB = new Set(b.leadUnitIds);
  if (a.leadUnitIds.some((u) => leadB.has(u))) return 1;
  const allA = new Set(a.unitIds);
  const allB = new Set(b.unitIds);
  if (a.leadUnitIds.some((u) => allB.has(u)) || b.leadUnitIds.some((u) => allA.has(u))) return 0.6;
  if (a.unitIds.some((u) => allB.has(u))) return 0.3;
  return 0;
}

export function periodSimilarity(a: OverlapTask, b: OverlapTask): number {
  if (!a.from && !a.to) return 0.5;
  if (!b.from && !b.to) return 0.5;
  const aFrom = a.from ?? '0000-01-01';
  const bFrom = b.from ?? '0000-01-01';
  const aTo = a.to ?? '9999-12-31';
  const bTo = b.to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo ? 1 : 0;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface ReviewOptions {
  /** Pairs settled already (pairKey): never proposed again, and never merged into one group. */
  settled?: ReadonlySet<string>;
  textMin?: number;
  scoreMin?: number;
}

/**
 * Every pair likely to be the same work (best first), and the groups they form. Candidates come
 * from an inverted index on the text's syllable pairs, so the cost grows with the pairs that
 * share words, not with n².
 */
export function reviewOverlaps(
  tasks: readonly OverlapTask[],
  opts: ReviewOptions = {},
): { pairs: OverlapPair[]; groups: OverlapGroup[] } {
  const feats = buildFeatures(tasks.map((t) => t.title));
  const pairs = findPairs(tasks, feats, opts);
  return { pairs, groups: groupPairs(pairs, opts.settled ?? new Set()) };
}

function findPairs(tasks: readonly OverlapTask[], feats: TextFeatures[], opts: ReviewOptions): OverlapPair[] {
  const textMin = opts.textMin ?? TEXT_MIN;
  const scoreMin = opts.scoreMin ?? SCORE_MIN;
  const n = tasks.length;
  // Postings of each feature; one most tasks share tells nothing and is skipped.
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const k of f.weights.keys()) {
      const list = postings.get(k) ?? [];
      postings.set(k, list);
      list.push(i);
    }
  });
  const maxPosting = Math.max(50, Math.floor(n * 0.05));
  const pairs: OverlapPair[] = [];
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const fi = feats[i]!;
    const candidates: number[] = [];
    for (const k of fi.weights.keys()) {
      // syllable pairs find the candidates; single syllables only for very short texts
      if (!k.includes(' ') && fi.weights.size > 4) continue;
      const list = postings.get(k)!;
      if (list.length > maxPosting) continue;
      for (const j of list) {
        if (j <= i || seen[j]) continue;
        seen[j] = 1;
        candidates.push(j);
      }
    }
    for (const j of candidates) {
      seen[j] = 0;
      const a = tasks[i]!;
      const b = tasks[j]!;
      if (opts.settled?.has(pairKey(a.id, b.id))) continue;
      const units = unitSimilarity(a, b);
      if (units === 0 && a.territorial && b.territorial) continue;
      const text = textSimilarity(fi, feats[j]!);
      if (text < textMin) continue;
      const period = periodSimilarity(a, b);
      const score = text * (0.75 + 0.15 * units + 0.1 * period);
      if (score < scoreMin) continue;
      const [x, y] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      pairs.push({ a: x, b: y, score: round(score), text: round(text), units, period });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Pairs taken best first; two groups merge when every pair across them is itself proposed (so a
 * group never chains two unlike tasks through a third) and none has been settled. Groups best first.
 */
function groupPairs(pairs: readonly OverlapPair[], settled: ReadonlySet<string>): OverlapGroup[] {
  const proposed = new Set(pairs.map((p) => pairKey(p.a, p.b)));
  const groupOf = new Map<string, OverlapGroup>();
  const groups = new Set<OverlapGroup>();
  for (const p of pairs) {
    const ga = groupOf.get(p.a);
    const gb = groupOf.get(p.b);
    if (ga && ga === gb) {
      ga.pairs.push(p);
      continue;
    }
    const membersA = ga?.taskIds ?? [p.a];
    const membersB = gb?.taskIds ?? [p.b];
    if (membersA.length + membersB.length > MAX_GROUP) continue;
    const compatible = membersA.every((x) =>
      membersB.every((y) => !settled.has(pairKey(x, y)) && proposed.has(pairKey(x, y))),
    );
    if (!compatible) continue;
    const merged: OverlapGroup = {
      taskIds: [...membersA, ...membersB],
      score: Math.max(p.score, ga?.score ?? 0, gb?.score ?? 0),
      pairs: [...(ga?.pairs ?? []), ...(gb?.pairs ?? []), p],
    };
    if (ga) groups.delete(ga);
    if (gb) groups.delete(gb);
    groups.add(merged);
    for (const id of merged.taskIds) groupOf.set(id, merged);
  }
  const out = [...groups];
  for (const g of out) g.taskIds.sort();
  return out.sort((x, y) => y.score - x.score || x.taskIds[0]!.localeCompare(y.taskIds[0]!));
}

export interface DiffPart {
  text: string;
  /** Present in both texts (after normalisation). */
  same: boolean;
}

/**
 * The two texts word by word, with the words the other text lacks marked (longest common
 * subsequence on normalised words; the original spelling is kept).
 */
export function diffWords(left: string, right: string): { left: DiffPart[]; right: DiffPart[] } {
  const a = left.split(/\s+/).filter(Boolean);
  const b = right.split(/\s+/).filter(Boolean);
  const na = a.map(normalizeVi);
  const nb = b.map(normalizeVi);
  const m = a.length;
  const n = b.length;
  const lcs: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--)
    for (let j = n - 1; j >= 0; j--)
      lcs[i]![j] = na[i] === nb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const sameA = new Array<boolean>(m).fill(false);
  const sameB = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (na[i] === nb[j]) {
      sameA[i++] = true;
      sameB[j++] = true;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const parts = (words: string[], norm: string[], same: boolean[]): DiffPart[] => {
    const out: DiffPart[] = [];
    words.forEach((w, k) => {
      // punctuation alone ("-", "–") is not a difference worth marking
      const isSame = same[k]! || norm[k] === '';
      const last = out.at(-1);
      if (last && last.same === isSame) last.text += ` ${w}`;
      else out.push({ text: w, same: isSame });
    });
    return out;
  };
  return { left: parts(a, na, sameA), right: parts(b, nb, sameB) };
}
