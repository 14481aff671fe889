import type { units } from '../../db/schema/units.js';
import type { UnitOut } from './schema.js';

export function presentUnit(row: typeof units.$inferSelect): UnitOut {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    gsoCode: row.gsoCode,
    isFocal: row.isFocal,
    active: row.active,
  };
}
