// Vietnamese alphabetical order as a plain string: `viSortKey(a) < viSortKey(b)` (byte order,
// COLLATE "C") exactly when a comes before b in a Vietnamese dictionary — a, ă, â, b, c, d, đ,
// e, ê, … ; tones only break ties (ngang, huyền, hỏi, ngã, sắc, nặng), then case. PGlite has no
// Vietnamese collation (only ICU root, which puts "Đông" after "Tây") while PostgreSQL may have
// vi-VN-x-icu; a key computed here and stored beside the name sorts the same on both, and the
// same function sorts exports. `compareVi` is the comparator for arrays.

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tone marks in dictionary order (after "no mark"). */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
/** Marks that make a letter of its own with the base before them. */
const LETTER_MARKS: Record<string, string> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031b': 'ơ',
  'u\u031b': 'ư',
};

// Primary weights: space/punctuation < digits < letters, all above the level separator \u0001.
const SPACE = '\u0002';
const primaryOf = (letter: string) => String.fromCharCode(0x41 + ALPHABET.indexOf(letter));

/** The sort key of a name (compare keys with `<`, or store it and ORDER BY it COLLATE "C"). */
export function viSortKey(input: string): string {
  let primary = '';
  let tones = '';
  let cases = '';
  const chars = Array.from(input.normalize('NFD').trim());
  let pendingSpace = false;
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    const lower = raw.toLowerCase();
    if (/\s/.test(raw) || /[\p{P}\p{S}]/u.test(raw)) {
      pendingSpace = primary.length > 0;
      continue;
    }
    if (/\p{M}/u.test(raw)) continue; // a mark not taken by the letter before it
    if (pendingSpace) {
      primary += SPACE;
      tones += '0';
      cases += '0';
      pendingSpace = false;
    }
    if (/[0-9]/.test(raw)) {
      primary += raw;
      tones += '0';
      cases += '0';
      continue;
    }
    let letter = lower;
    let tone = 0;
    // the marks that follow: a letter mark (ă, â, ê, ô, ơ, ư) and at most one tone
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) {
      const mark = chars[++i]!;
      const combined = LETTER_MARKS[letter + mark];
      if (combined) letter = combined;
      else if (TONES.includes(mark)) tone = TONES.indexOf(mark) + 1;
    }
    if (ALPHABET.includes(letter)) primary += primaryOf(letter);
    else primary += letter; // another script: after the Latin letters, in code point order
    tones += String(tone);
    cases += raw === lower ? '0' : '1';
  }
  return `${primary}\u0001${tones}\u0001${cases}`;
}

/** Sorts strings in Vietnamese order: `names.sort(compareVi)`. */
export function compareVi(a: string, b: string): number {
  const ka = viSortKey(a);
  const kb = viSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
