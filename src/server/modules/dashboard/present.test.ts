import { describe, expect, it } from 'vitest';
import { rankUnits } from './present.js';

describe('rankUnits', () => {
  it('shares a rank only between units equal on overdue work and on-time rate', () => {
    const rows = [
      { unitName: 'Xã Đak Pơ', overdueAll: 0, onTimeRate: 100 },
      { unitName: 'Xã Cát Tiến', overdueAll: 2, onTimeRate: 50 },
      { unitName: 'Xã Chơ Long', overdueAll: 2, onTimeRate: 50 },
      { unitName: 'Xã An Lão', overdueAll: 2, onTimeRate: 0 },
      { unitName: 'Xã Ia Grai', overdueAll: 0, onTimeRate: null },
    ];
    expect(rankUnits(rows).map((r) => [r.rank, r.unitName])).toEqual([
      [1, 'Xã An Lão'],
      [2, 'Xã Cát Tiến'],
      [2, 'Xã Chơ Long'],
      [4, 'Xã Đak Pơ'],
      [5, 'Xã Ia Grai'],
    ]);
  });
});
