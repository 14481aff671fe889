// Precision and recall of the extraction, field by field, against hand-written expected results
// (corpus/*.expected.json). Pure: the bench script does the reading and timing.
import { documentNumberKey, issuerKey } from '../documents.js';
import { parseRecurrence } from '../recurrence.js';
import { normalizeVi } from '../vn-text.js';
import type { Extraction } from './types.js';

export interface ExpectedDocument {
  number: string | null;
  type: string | null;
  date: string | null;
  issuer: string | null;
  summary: string | null;
  signer: string | null;
  signingAuthority?: string | null;
  citedDocuments: { number: string; date: string | null; issuer: string | null }[];
  deadlines: { date: string | null; text: string }[];
  /** Units given work as lead (or sole) unit. */
  assignedUnits: { name: string; unitCode: string | null }[];
  /** Units named as partners ("phối hợp với …"); not annotated in the older files. */
  coordinatingUnits?: { name: string; unitCode: string | null }[];
  assignedGroups: string[];
  /** Left out where the tasks were not annotated: the field is then not scored. */
  tasks?: { text: string; units: string[]; deadline: string | null }[];
}

export const FIELDS = [
  'number',
  'type',
  'date',
  'issuer',
  'summary',
  'signer',
  'signingAuthority',
  'citedDocuments',
  'deadlines',
  'assignedUnits',
  'coordinatingUnits',
  'assignedGroups',
  'tasks',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<Field, Counts>;

export function emptyScores(): Scores {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Scores;
}

export function addScores(into: Scores, more: Scores): Scores {
  for (const f of FIELDS) {
    into[f].tp += more[f].tp;
    into[f].fp += more[f].fp;
    into[f].fn += more[f].fn;
  }
  return into;
}

function words(s: string): string[] {
  return normalizeVi(s).split(' ').filter(Boolean);
}

/** Token F1 of two texts (line breaks, case and diacritics aside). */
export function tokenF1(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return 0;
  const pool = new Map<string, number>();
  for (const w of y) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  const p = common / x.length;
  const r = common / y.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Share of the shorter text's words found in the longer one: a clerk's summary vs the full item. */
function overlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size);
}

const sameIssuer = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : issuerKey(a) === issuerKey(b);

const SCALAR_MATCH: Record<
  'number' | 'type' | 'date' | 'issuer' | 'summary' | 'signer' | 'signingAuthority',
  (e: string, a: string) => boolean
> = {
  number: (e, a) => documentNumberKey(e) === documentNumberKey(a),
  type: (e, a) => normalizeVi(e) === normalizeVi(a),
  date: (e, a) => e === a,
  issuer: (e, a) => sameIssuer(e, a),
  summary: (e, a) => tokenF1(e, a) >= 0.8,
  signer: (e, a) => normalizeVi(e) === normalizeVi(a),
  signingAuthority: (e, a) => normalizeVi(e) === normalizeVi(a),
};

function scoreScalar(
  expected: string | null | undefined,
  actual: string | null,
  match: (e: string, a: string) => boolean,
): Counts {
  if (expected === undefined) return { tp: 0, fp: 0, fn: 0 };
  if (actual === null) return { tp: 0, fp: 0, fn: expected === null ? 0 : 1 };
  if (expected === null) return { tp: 0, fp: 1, fn: 0 };
  return match(expected, actual) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** Set comparison by key; an item counts as found only when `equal` also holds for its details. */
function scoreSet<E, A>(
  expected: E[],
  actual: A[],
  keyE: (e: E) => string,
  keyA: (a: A) => string,
  equal: (e: E, a: A) => boolean,
): Counts {
  const byKey = new Map(actual.map((a) => [keyA(a), a]));
  let tp = 0;
  for (const e of expected) {
    const a = byKey.get(keyE(e));
    if (a !== undefined && equal(e, a)) tp++;
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp };
}

const unitNameKey = (name: string) => normalizeVi(name);
const sameUnits = (e: string[], a: string[]) => {
  const x = new Set(e.map(unitNameKey));
  const y = new Set(a.map(unitNameKey));
  return x.size === y.size && [...x].every((k) => y.has(k));
};

/** Tasks are paired by wording and position; a pair counts when its units (as a set) and deadline agree. */
function scoreTasks(expected: NonNullable<ExpectedDocument['tasks']>, actual: Extraction['tasks']): Counts {
  const pairs: [number, number, number][] = [];
  expected.forEach((e, i) => {
    actual.forEach((a, j) => {
      // Items are numbered in both, so the same position is strong evidence of the same task.
      pairs.push([overlap(e.text, a.text) + (i === j ? 0.3 : 0), i, j]);
    });
  });
  pairs.sort((p, q) => q[0] - p[0]);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  let tp = 0;
  for (const [score, i, j] of pairs) {
    if (score < 0.6 || usedE.has(i) || usedA.has(j)) continue;
    usedE.add(i);
    usedA.add(j);
    const e = expected[i] as NonNullable<ExpectedDocument['tasks']>[number];
    const a = actual[j] as Extraction['tasks'][number];
    if (sameUnits(e.units, a.units) && e.deadline === a.deadline) tp++;
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp };
}

/** A deadline is the same when its date is, or, without a date, its recurrence, or its first words. */
function deadlineKey(d: { date: string | null; text: string }): string {
  if (d.date) return d.date;
  const r = parseRecurrence(d.text);
  return r ? `~${r.freq}` : normalizeVi(d.text).split(' ').slice(0, 3).join(' ');
}

/** "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" and "UBND các tỉnh, thành phố" are one group. */
function groupKey(g: string): string {
  return normalizeVi(g)
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/ truc thuoc (?:trung uong|tw)$/, '');
}

export function scoreDocument(expected: ExpectedDocument, actual: Extraction): Scores {
  const s = emptyScores();
  for (const f of ['number', 'type', 'date', 'issuer', 'summary', 'signer', 'signingAuthority'] as const) {
    s[f] = scoreScalar(expected[f], actual[f], SCALAR_MATCH[f]);
  }
  s.citedDocuments = scoreSet(
    expected.citedDocuments,
    actual.citedDocuments,
    (e) => documentNumberKey(e.number),
    (a) => documentNumberKey(a.number),
    (e, a) => e.date === a.date && sameIssuer(e.issuer, a.issuer),
  );
  s.deadlines = scoreSet(expected.deadlines, actual.deadlines, deadlineKey, deadlineKey, () => true);
  const unitKey = (u: { name: string; unitCode: string | null }) => u.unitCode ?? `~${normalizeVi(u.name)}`;
  const withRole = (role: 'lead' | 'coordinator') =>
    actual.assignedUnits.filter((u) => (u.roles ?? ['lead']).includes(role));
  s.assignedUnits = scoreSet(expected.assignedUnits, withRole('lead'), unitKey, unitKey, () => true);
  if (expected.coordinatingUnits)
    s.coordinatingUnits = scoreSet(
      expected.coordinatingUnits,
      withRole('coordinator'),
      unitKey,
      unitKey,
      () => true,
    );
  s.assignedGroups = scoreSet(expected.assignedGroups, actual.assignedGroups, groupKey, groupKey, () => true);
  if (expected.tasks) s.tasks = scoreTasks(expected.tasks, actual.tasks);
  return s;
}

export function precision(c: Counts): number | null {
  return c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
}

export function recall(c: Counts): number | null {
  return c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
}

/** A plain-text table: field, TP, FP, FN, precision, recall. */
export function formatTable(scores: Scores): string {
  const pct = (x: number | null) => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const rows = FIELDS.map((f) => {
    const c = scores[f];
    return `${f.padEnd(17)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(precision(c))}   ${pct(recall(c))}`;
  });
  return [`${'field'.padEnd(17)}   TP   FP   FN   precision   recall`, ...rows].join('\n');
}
