// Report rounds (kỳ báo cáo) and what they rest on: the holiday calendar that working-day
// deadlines are counted on.
import { date, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { holidayKinds } from '../../../shared/working-days.js';
import { users } from './users.js';

/** The years whose calendar an administrator has set; other years use the shipped defaults. */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const holidays = pgTable(
  'holidays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => holidayYears.year, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: holidayKinds }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [unique('holidays_date').on(t.date)],
);
