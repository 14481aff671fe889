import { describe, expect, it } from 'vitest';
import { type ClarityInput, isFilled, missingClarity } from './clarity.js';

const complete: ClarityInput = {
  title: 'Xây dựng kế hoạch triển khai Kế hoạch 34-KH/TU',
  leadUnitId: 'u1',
  personInCharge: 'Giám đốc Sở',
  dueOn: '2026-03-15',
  recurrence: null,
  responsibility: 'Sở chủ trì; các sở phối hợp cung cấp thông tin',
  product: 'Kế hoạch',
  authority: 'UBND tỉnh phê duyệt',
};

describe('missingClarity', () => {
  it('is empty for a task that meets all six elements', () => {
    expect(missingClarity(complete)).toEqual([]);
  });
  it('lists every missing element in the order of the principle', () => {
    expect(
      missingClarity({
        title: null,
        leadUnitId: null,
        personInCharge: null,
        dueOn: null,
        recurrence: null,
        responsibility: null,
        product: null,
        authority: null,
      }),
    ).toEqual(['person', 'work', 'time', 'responsibility', 'product', 'authority']);
  });
  it('needs both a lead unit and a person for "rõ người"', () => {
    expect(missingClarity({ ...complete, leadUnitId: null })).toEqual(['person']);
    expect(missingClarity({ ...complete, personInCharge: '  ' })).toEqual(['person']);
    expect(missingClarity({ ...complete, leadUnitId: null, hasLeadAssignment: true })).toEqual([]);
  });
  it('accepts a recurrence instead of a due date, but not an unreadable one', () => {
    expect(missingClarity({ ...complete, dueOn: null, recurrence: 'yearly:15/12' })).toEqual([]);
    expect(missingClarity({ ...complete, dueOn: null, recurrence: 'Thường xuyên' })).toEqual(['time']);
  });
  it('treats placeholders as missing', () => {
    expect(missingClarity({ ...complete, product: '-', authority: 'chưa rõ' })).toEqual([
      'product',
      'authority',
    ]);
    expect(missingClarity({ ...complete, title: 'Kếhoạch' })).toEqual(['work']);
    expect(isFilled('…')).toBe(false);
    expect(isFilled('Báo cáo')).toBe(true);
  });
});
