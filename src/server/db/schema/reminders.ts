// Reminder rules and the reminders sent: each recorded under a UNIQUE (subject, rule, occurrence)
// key in the same transaction as the notifications it causes, so none is sent twice.
import { date, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReminderRules } from '../../../shared/reminders.js';
import { tasks } from './tracking.js';
import { units } from './units.js';
import { users } from './users.js';

/** The administrator's defaults ('default' row) — absent: shared/reminders.ts#defaultReminderRules. */
export const reminderSettings = pgTable('reminder_settings', {
  id: text('id').primaryKey(),
  rules: jsonb('rules').$type<ReminderRules>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A task's own rules, or reminders turned off for it (rules null). */
export const taskReminderRules = pgTable('task_reminder_rules', {
  taskId: uuid('task_id')
    .primaryKey()
    .references(() => tasks.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<ReminderRules>(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** 'before:7', 'day', 'after:14'… */
    rule: text('rule').notNull(),
    /** The deadline reminded of: a moved deadline gets its own reminders. */
    occurrence: date('occurrence', { mode: 'string' }).notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    /** Who was told: the unit, also its head, also Sở Ngoại vụ. */
    escalation: text('escalation', { enum: ['unit', 'head', 'focal'] })
      .notNull()
      .default('unit'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminders_key').on(t.subjectType, t.subjectId, t.rule, t.occurrence)],
);

/** Who runs a scheduled job now (a lease that runs out if its server dies), and when it last ran. */
export const schedulerLeases = pgTable(
  'scheduler_leases',
  {
    name: text('name').notNull(),
    holder: text('holder'),
    until: timestamp('until', { withTimezone: true }),
    lastRunOn: date('last_run_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.name] })],
);
