// Matching unit names against the unit directory: exact folded names, names without their
// "Xã/Phường/UBND" prefix, short names, and spacing-insensitive forms ("Kon Gang" = "KonGang").
import { foldKey } from './text.js';
import type { DirectoryUnit, UnitKind } from './types.js';

export interface DirectoryIndex {
  units: DirectoryUnit[];
  /** Full folded name → units ("phuong quy nhon tay", "so ngoai vu"). */
  full: Map<string, DirectoryUnit[]>;
  /** Name without its kind word, compacted ("quynhontay", "ngoaivu"). */
  base: Map<string, DirectoryUnit[]>;
  /** Short names, compacted ("sngv", "ubndtinh"). */
  short: Map<string, DirectoryUnit[]>;
  /** Longest full name in tokens, to bound scans. */
  maxTokens: number;
}

const KIND_WORDS: Record<UnitKind, string[]> = {
  xa: ['xa'],
  phuong: ['phuong'],
  so: ['so'],
  ban_nganh: [],
  tinh: [],
};

const cache = new WeakMap<DirectoryUnit[], DirectoryIndex>();

export function indexDirectory(units: DirectoryUnit[]): DirectoryIndex {
  const cached = cache.get(units);
  if (cached) return cached;
  const full = new Map<string, DirectoryUnit[]>();
  const base = new Map<string, DirectoryUnit[]>();
  const short = new Map<string, DirectoryUnit[]>();
  let maxTokens = 1;
  const add = (map: Map<string, DirectoryUnit[]>, key: string, unit: DirectoryUnit) => {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [unit]);
    else if (!list.includes(unit)) list.push(unit);
  };
  for (const unit of units) {
    const key = foldKey(unit.name);
    add(full, key, unit);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    add(base, compact(stripKindWord(key, unit.kind)), unit);
    if (unit.shortName) add(short, compact(foldKey(unit.shortName)), unit);
  }
  const index = { units, full, base, short, maxTokens };
  cache.set(units, index);
  return index;
}

function compact(key: string): string {
  return key.replace(/ /g, '');
}

function stripKindWord(key: string, kind: UnitKind): string {
  const words = key.split(' ');
  const kindWords = KIND_WORDS[kind];
  if (words.length > 1 && kindWords.includes(words[0] as string)) return words.slice(1).join(' ');
  return key;
}

// Words in front of a unit name that do not belong to it.
const LEADING_FILLER = [
  'chu tich',
  'pho chu tich',
  'thu truong',
  'giam doc',
  'pho giam doc',
  'lanh dao',
  'chanh',
  'cac',
  'ubnd',
];
const KIND_PREFIX: [string, UnitKind][] = [
  ['xa', 'xa'],
  ['phuong', 'phuong'],
];

/**
 * The directory unit a written name refers to, or null. Tolerates a missing or extra
 * "Xã/Phường/UBND" prefix, a leading title ("Chủ tịch UBND xã…"), a trailing "tỉnh",
 * diacritics and spacing. A name written with the wrong kind ("Xã" for a ward) still matches
 * when no unit of the written kind has that name.
 */
export function lookupUnit(index: DirectoryIndex, written: string): DirectoryUnit | null {
  let key = foldKey(written);
  const exact = pick(index.full.get(key));
  if (exact) return exact;
  let changed = true;
  while (changed) {
    changed = false;
    for (const filler of LEADING_FILLER) {
      if (key.startsWith(`${filler} `)) {
        key = key.slice(filler.length + 1);
        changed = true;
      }
    }
  }
  const again = pick(index.full.get(key));
  if (again) return again;
  let kind: UnitKind | null = null;
  let rest = key;
  for (const [word, k] of KIND_PREFIX) {
    if (key.startsWith(`${word} `)) {
      kind = k;
      rest = key.slice(word.length + 1);
    }
  }
  const candidates = [rest, rest.replace(/ tinh( gia lai)?$/, '')];
  for (const c of candidates) {
    const list = index.base.get(compact(c)) ?? [];
    const sameKind = list.filter((u) => !kind || u.kind === kind);
    const hit = pick(sameKind) ?? pick(list);
    if (hit) return hit;
    const shortHit = pick(index.short.get(compact(c)));
    if (shortHit) return shortHit;
  }
  if (key.startsWith('so ')) return pick(index.base.get(compact(key.slice(3))));
  return null;
}

function pick(list: DirectoryUnit[] | undefined): DirectoryUnit | null {
  return list && list.length === 1 ? (list[0] as DirectoryUnit) : null;
}
