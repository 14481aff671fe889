import { describe, expect, it } from 'vitest';
import { normalizeVi } from '../vn-text.js';
import { analyseLayout } from './layout.js';
import { corpusText } from './test-support.js';
import { foldKey, normaliseSource, tokenize } from './text.js';

describe('text folding', () => {
  it('folds like normalizeVi, word for word, with offsets into the source', () => {
    const src = normaliseSource(corpusText('000_fd07b40862721a3b'));
    const tokens = tokenize(src);
    const words = tokens.map((t) => t.w).join(' ');
    const expected = normalizeVi(src)
      .replace(/\buy ban nhan dan\b/g, 'ubnd')
      .replace(/\bhoi dong nhan dan\b/g, 'hdnd');
    expect(words).toBe(expected);
    const kon = tokens.findIndex((t, i) => t.w === 'kon' && tokens[i + 1]?.w === 'gang');
    expect(src.slice(tokens[kon]?.start, tokens[kon + 1]?.end)).toMatch(/^Kon\s+\nGang$/);
    expect(foldKey('Ủy ban nhân dân xã Ia Ly')).toBe('ubnd xa ia ly');
  });

  it('normalises line ends, odd spaces and the eth used for Đ', () => {
    expect(normaliseSource('a\r\nb\u00a0c\u200b\u00d0')).toBe('a\nb cĐ');
  });
});

describe('layout', () => {
  it('finds footnotes from their glued markers and masks them with page numbers', () => {
    const src = normaliseSource(corpusText('000_fd07b40862721a3b'));
    const layout = analyseLayout(src);
    expect(layout.footnotes.map((f) => f.id)).toEqual(['1', '2']);
    const [one, two] = layout.footnotes;
    expect(src.slice(...(one?.textSpan ?? [0, 0])).trim()).toBe('Sở Văn hoá, Thể thao và Du lịch');
    expect(src.slice(...(two?.textSpan ?? [0, 0]))).toMatch(/Xã Krong\.\s*$/);
    expect(src.slice(...(one?.markers[0] ?? [0, 0]))).toBe('1');
    expect(layout.masked).toHaveLength(src.length);
    expect(layout.masked).not.toMatch(/Du lịch/);
    expect(layout.masked).toMatch(/thực hiện ,/);
  });

  it('ignores digits that no footnote body answers, and blanks page numbers', () => {
    const layout = analyseLayout('diện tích 100 m2, hết.\n\n- 2 -\n\ntiếp theo');
    expect(layout.footnotes).toEqual([]);
    expect(layout.masked).not.toMatch(/- 2 -/);
    expect(layout.masked).toMatch(/m2/);
  });

  it('recognises double-spaced text', () => {
    expect(analyseLayout(corpusText('001_b1eea4e8ab42de15')).doubleSpaced).toBe(true);
    expect(analyseLayout(corpusText('000_fd07b40862721a3b')).doubleSpaced).toBe(false);
  });
});
