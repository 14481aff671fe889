// Units (đơn vị): the province's agencies and communes/wards, shared by every module.
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const unitKinds = ['tinh', 'so', 'ban_nganh', 'phuong', 'xa'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: unitKinds }).notNull(),
    gsoCode: text('gso_code'),
    isFocal: boolean('is_focal').notNull().default(false),
    active: boolean('active').notNull().default(true),
    /** normalizeVi(name + short name + code): what search matches against. */
    search: text('search').notNull(),
    /** viSortKey(name): Vietnamese alphabetical order on PGlite and PostgreSQL alike. */
    sortKey: text('sort_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
    index('units_kind').on(t.kind),
  ],
);

/** ORDER BY this for units in Vietnamese order (the key compares byte by byte). */
export const unitNameOrder = sql`${units.sortKey} collate "C"`;
