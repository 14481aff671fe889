// The province's unit directory, shipped as default data (data-default/gia-lai-units.csv).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { count } from 'drizzle-orm';
import type { UnitKindCode } from '../../../shared/units.js';
import { unitDerived } from '../../modules/units/repo.js';
import type { Db } from '../client.js';
import { units } from '../schema/units.js';

const here = dirname(fileURLToPath(import.meta.url));
export const DIRECTORY_CSV = join(here, '../../../../data-default/gia-lai-units.csv');
/** Sở Ngoại vụ: the focal unit (đầu mối) of both directives. */
export const FOCAL_UNIT_CODE = 'SNgV';

export interface DirectoryRow {
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKindCode;
  gsoCode: string | null;
}

export function readDirectory(path = DIRECTORY_CSV): DirectoryRow[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return rows.map((r) => ({
    code: r.code!,
    name: r.name!,
    shortName: r.short_name || null,
    kind: r.kind as UnitKindCode,
    gsoCode: r.gso_code || null,
  }));
}

/** Loads the directory into an empty units table; returns how many units were added. */
export async function seedDirectory(db: Db): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(units);
  if ((existing?.n ?? 0) > 0) return 0;
  const rows = readDirectory().map((r) => ({
    ...r,
    isFocal: r.code === FOCAL_UNIT_CODE,
    ...unitDerived(r),
  }));
  await db.insert(units).values(rows);
  return rows.length;
}
