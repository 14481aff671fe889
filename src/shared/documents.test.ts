import { describe, expect, it } from 'vitest';
import { documentNumberKey, issuerKey, typeFromNumber } from './documents.js';

describe('document keys', () => {
  it('makes spellings of one number equal', () => {
    expect(documentNumberKey('1520/QĐ-UBND')).toBe(documentNumberKey('1520/QD-UBND'));
    expect(documentNumberKey(' 1520 / qđ - ubnd ')).toBe(documentNumberKey('1520/QĐ-UBND'));
    expect(documentNumberKey('1520/QĐ-UBND'.normalize('NFD'))).toBe(documentNumberKey('1520/QĐ-UBND'));
    expect(documentNumberKey('1521/QĐ-UBND')).not.toBe(documentNumberKey('1520/QĐ-UBND'));
  });
  it('makes spellings of one issuer equal', () => {
    expect(issuerKey('UBND tỉnh Gia Lai')).toBe(issuerKey('Ủy ban nhân dân tỉnh'));
    expect(issuerKey('Uỷ ban nhân dân tỉnh')).toBe(issuerKey('Ủy ban nhân dân tỉnh'));
    expect(issuerKey('Ban Thường vụ Tỉnh ủy')).not.toBe(issuerKey('Ủy ban nhân dân tỉnh'));
  });
  it('reads the type from the symbol', () => {
    expect(typeFromNumber('34-KH/TU')).toBe('Kế hoạch');
    expect(typeFromNumber('59-NQ/TW')).toBe('Nghị quyết');
    expect(typeFromNumber('1520/QĐ-UBND')).toBe('Quyết định');
    expect(typeFromNumber('45/TB-VPCP')).toBe('Thông báo');
    expect(typeFromNumber('01/2026/NĐ-CP')).toBe('Nghị định');
    expect(typeFromNumber('245/UBND-NV')).toBe('Công văn');
    expect(typeFromNumber('không số')).toBeNull();
  });
});
