// Commitments and agreements from high-level foreign activities (issue 4 extends this file).
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './units.js';
import { users } from './users.js';

export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    coordinatingUnitIds: uuid('coordinating_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    signedOn: date('signed_on', { mode: 'string' }),
    priority: integer('priority'),
    search: text('search').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitments_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`)],
);
