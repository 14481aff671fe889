import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addScores, emptyScores, FIELDS, precision, recall, scoreDocument, tokenF1 } from './accuracy.js';
import { extractDirective } from './extract.js';
import { corpusDir, corpusExpected, corpusText, loadUnits } from './test-support.js';

const units = loadUnits();

describe('accuracy scoring', () => {
  const expected = corpusExpected('001_b1eea4e8ab42de15');

  it('gives full marks to the expected result itself', () => {
    const perfect = extractDirective(corpusText('001_b1eea4e8ab42de15'), units);
    const s = scoreDocument(expected, perfect);
    for (const f of FIELDS) expect([f, s[f].fp, s[f].fn]).toEqual([f, 0, 0]);
  });

  it('counts a wrong value as a false positive and a false negative', () => {
    const wrong = extractDirective(corpusText('001_b1eea4e8ab42de15'), units);
    wrong.signer = 'Nguyễn Văn Khác';
    wrong.assignedGroups = ['các sở, ban, ngành'];
    const s = scoreDocument(expected, wrong);
    expect(s.signer).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.assignedGroups).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(tokenF1('V/v triển khai', 'V/V TRIỂN KHAI')).toBe(1);
  });
});

describe('the corpus', () => {
  it('holds at least 40 annotated documents: a tune part and a measure-only part', () => {
    const count = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.expected.json')).length;
    const measureOnly = count(join(corpusDir, 'measure'));
    expect(measureOnly).toBeGreaterThanOrEqual(14);
    expect(count(corpusDir) + measureOnly).toBeGreaterThanOrEqual(40);
  });
});

describe('accuracy on the corpus', () => {
  // A regression floor, not a target: the bench (bench/intake-accuracy.ts) prints the figures.
  it('keeps precision and recall of every field at 0.9 or more', () => {
    const total = emptyScores();
    const names = readdirSync(corpusDir).filter((f) => f.endsWith('.expected.json'));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const base = name.replace(/\.expected\.json$/, '');
      addScores(total, scoreDocument(corpusExpected(base), extractDirective(corpusText(base), units)));
    }
    for (const f of FIELDS) {
      expect([f, precision(total[f]) ?? 1]).toEqual([f, expect.any(Number)]);
      expect(precision(total[f]) ?? 1, f).toBeGreaterThanOrEqual(0.9);
      expect(recall(total[f]) ?? 1, f).toBeGreaterThanOrEqual(0.9);
    }
  });
});
