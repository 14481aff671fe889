import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compareVi, viSortKey } from './vi-sort';

const unitNames = (
  parse(readFileSync(join(import.meta.dirname, '../../data-default/gia-lai-units.csv'), 'utf8'), {
    columns: true,
  }) as { name: string }[]
).map((r) => r.name);

describe('Vietnamese order', () => {
  it('puts Đ after D and ă, â after a, as a dictionary does', () => {
    expect(['Hoài Nhơn Tây', 'Hoài Nhơn Đông', 'Hoài Nhơn Bắc'].sort(compareVi)).toEqual([
      'Hoài Nhơn Bắc',
      'Hoài Nhơn Đông',
      'Hoài Nhơn Tây',
    ]);
    expect(['Chơ Long', 'Cát Tiến'].sort(compareVi)).toEqual(['Cát Tiến', 'Chơ Long']);
    expect(['Ân Hảo', 'Ayun', 'Ăn', 'Bình Dương', 'Đak Pơ', 'Dak Doa', 'Ea'].sort(compareVi)).toEqual([
      'Ayun',
      'Ăn',
      'Ân Hảo',
      'Bình Dương',
      'Dak Doa',
      'Đak Pơ',
      'Ea',
    ]);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng only when the letters are equal', () => {
    expect(['ma', 'mà', 'mả', 'mã', 'má', 'mạ'].reverse().sort(compareVi)).toEqual([
      'ma',
      'mà',
      'mả',
      'mã',
      'má',
      'mạ',
    ]);
    expect(['Má Zê', 'Ma Zi'].sort(compareVi)).toEqual(['Má Zê', 'Ma Zi']);
  });

  it('a shorter name comes before the longer one it begins, and composed and decomposed forms are equal', () => {
    expect(['Phường An Nhơn Đông', 'Phường An Nhơn'].sort(compareVi)).toEqual([
      'Phường An Nhơn',
      'Phường An Nhơn Đông',
    ]);
    expect(viSortKey('Tây Sơn'.normalize('NFD'))).toBe(viSortKey('Tây Sơn'.normalize('NFC')));
  });

  it('orders the province’s whole unit directory as ICU’s Vietnamese collation does', () => {
    const icu = new Intl.Collator('vi');
    const expected = [...unitNames].sort(icu.compare);
    expect([...unitNames].sort(compareVi)).toEqual(expected);
    expect(unitNames.length).toBeGreaterThan(100);
  });
});

describe('Vietnamese order on made-up names', () => {
  it('agrees with ICU’s Vietnamese collation on 3,000 random syllable pairs', () => {
    const icu = new Intl.Collator('vi');
    const letters = Array.from('aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ');
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = () =>
      Array.from({ length: 1 + rnd(4) }, () => letters[rnd(letters.length)]! + tones[rnd(tones.length)]!)
        .join('')
        .normalize('NFC');
    const name = () => Array.from({ length: 1 + rnd(3) }, word).join(' ');
    for (let i = 0; i < 3000; i++) {
      const a = name();
      const b = name();
      expect([a, b, Math.sign(compareVi(a, b))]).toEqual([a, b, Math.sign(icu.compare(a, b))]);
    }
  });
});
