import { describe, expect, it } from 'vitest';
import { matchUnitNames } from './names.js';
import { corpusText, loadUnits } from './test-support.js';

const units = loadUnits();

describe('matchUnitNames', () => {
  it('reads the 72 communes of seed 000 footnote 2, names broken over lines included', () => {
    const text = corpusText('000_fd07b40862721a3b');
    const footnote = text.slice(text.lastIndexOf('\n2 Phường') + 3);
    const { matched, unmatched } = matchUnitNames(footnote, units);
    expect(unmatched).toEqual([]);
    expect(matched).toHaveLength(72);
    expect(matched.find((m) => m.name === 'Xã Kon Gang')?.unit.code).toBe('23701');
    expect(matched.find((m) => m.name === 'Phường An Nhơn Bắc')?.unit.code).toBe('21925');
  });

  it('tolerates missing or extra prefixes, diacritics, spacing and old tone placement', () => {
    const { matched, unmatched } = matchUnitNames(
      'UBND xã Ia Ly, Phuong Quy Nhon Tay; KonGang\nSở Văn hoá, Thể thao và Du lịch; Chủ tịch UBND phường Diên Hồng; SNgV',
      units,
    );
    expect(unmatched).toEqual([]);
    expect(matched.map((m) => m.unit.code)).toEqual(['23734', '21589', '23701', 'SVHTTDL', '23563', 'SNgV']);
  });

  it('reports names it cannot match instead of dropping them', () => {
    const { matched, unmatched } = matchUnitNames(
      'Xã Nhơn Châu; Xã Không\nCó Thật; Sở Kế hoạch và Đầu tư',
      units,
    );
    expect(matched.map((m) => m.unit.code)).toEqual(['21607']);
    expect(unmatched).toEqual(['Xã Không Có Thật', 'Sở Kế hoạch và Đầu tư']);
  });

  it('reads one name per line, bullets and a trailing "và"', () => {
    const { matched } = matchUnitNames('- Xã Gào\n- Xã Ia Ko\n- Phường Ayun Pa và Xã Krong.', units);
    expect(matched.map((m) => m.name)).toEqual(['Xã Gào', 'Xã Ia Ko', 'Phường Ayun Pa', 'Xã Krong']);
    const lines = matchUnitNames('Xã Gào\nXã Ia Ko', units);
    expect(lines.matched).toHaveLength(2);
  });

  it('returns nothing for an empty list', () => {
    expect(matchUnitNames('  ', units)).toEqual({ matched: [], unmatched: [] });
  });
});
