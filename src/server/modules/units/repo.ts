// The only file of the units module that touches the database.
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type UnitGroupCode, type UnitKindCode, unitGroups } from '../../../shared/units.js';
import { viSortKey } from '../../../shared/vi-sort.js';
import { type Db, rowsOf } from '../../db/client.js';
import { unitNameOrder, units } from '../../db/schema/units.js';
import { searchCondition, searchText } from '../../lib/search.js';
import type { ListUnitsQuery } from './schema.js';

export type UnitRow = typeof units.$inferSelect;
export type NewUnit = Omit<typeof units.$inferInsert, 'search' | 'sortKey' | 'id'>;

const kindOrder = sql`case ${units.kind} when 'tinh' then 0 when 'so' then 1 when 'ban_nganh' then 2 when 'phuong' then 3 else 4 end`;

export const unitSearch = (u: { name: string; shortName?: string | null; code: string }) =>
  searchText(u.name, u.shortName, u.code);

/** The columns computed from a unit's own fields: its search text and its sort key. */
export const unitDerived = (u: { name: string; shortName?: string | null; code: string }) => ({
  search: unitSearch(u),
  sortKey: viSortKey(u.name),
});

function listWhere(q: Partial<ListUnitsQuery>): SQL | undefined {
  return and(
    searchCondition(units.search, q.q),
    q.kind ? eq(units.kind, q.kind as UnitKindCode) : undefined,
    q.group ? inArray(units.kind, [...unitGroups[q.group as UnitGroupCode].kinds]) : undefined,
    q.active === 'all' || q.active === undefined ? undefined : eq(units.active, q.active === 'true'),
  );
}

export async function listUnits(db: Db, q: ListUnitsQuery): Promise<{ rows: UnitRow[]; total: number }> {
  const where = listWhere(q);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(units)
      .where(where)
      .orderBy(kindOrder, unitNameOrder)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function allUnits(db: Db, opts: { activeOnly?: boolean } = {}): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(opts.activeOnly ? eq(units.active, true) : undefined)
    .orderBy(kindOrder, unitNameOrder);
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findUnitsByIds(db: Db, ids: string[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return db.select().from(units).where(inArray(units.id, ids));
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.code, code));
  return row;
}

export async function unitsInGroups(db: Db, groups: UnitGroupCode[]): Promise<UnitRow[]> {
  const kinds = [...new Set(groups.flatMap((g) => unitGroups[g].kinds))];
  if (!kinds.length) return [];
  return db
    .select()
    .from(units)
    .where(and(inArray(units.kind, kinds), eq(units.active, true)))
    .orderBy(kindOrder, unitNameOrder);
}

export async function countByKind(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ kind: units.kind, n: count() })
    .from(units)
    .where(eq(units.active, true))
    .groupBy(units.kind);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

export async function insertUnit(db: Db, values: NewUnit): Promise<UnitRow> {
  const [row] = await db
    .insert(units)
    .values({ ...values, ...unitDerived(values) })
    .returning();
  return row!;
}

export async function updateUnit(
  db: Db,
  id: string,
  patch: Partial<NewUnit>,
  current: UnitRow,
): Promise<UnitRow> {
  const next = { ...current, ...patch };
  const [row] = await db
    .update(units)
    .set({ ...patch, ...unitDerived(next), updatedAt: new Date() })
    .where(eq(units.id, id))
    .returning();
  return row!;
}

/** True when any record names the unit in a list column (those have no foreign key). */
export async function unitInArrays(db: Db, id: string): Promise<boolean> {
  const res = await db.execute(sql`select (
      exists(select 1 from tasks where ${id}::uuid = any(coordinating_unit_ids))
      or exists(select 1 from commitments where ${id}::uuid = any(coordinating_unit_ids))
    ) as found`);
  return Boolean(rowsOf<{ found: boolean }>(res)[0]?.found);
}

export async function deleteUnit(db: Db, id: string): Promise<void> {
  await db.delete(units).where(eq(units.id, id));
}
