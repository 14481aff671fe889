// Urging (đôn đốc): what each person is told in the app. Modules record "this person must be
// told this" in their own transaction (modules/notifications/service.ts#notify); nobody else
// writes these rows.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

export const notificationKinds = [
  'assigned',
  'reminder',
  'overdue',
  'escalation',
  'urging',
  'explanation',
  'digest',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** The record's page in the app ("/giao-viec/…"), opened from the list. */
    link: text('link'),
    /** The record it is about ('assignment', 'task', 'milestone', 'obstacle', 'urging'…). */
    subjectType: text('subject_type'),
    subjectId: uuid('subject_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_created').on(t.userId, t.createdAt),
    index('notifications_user_unread').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);
