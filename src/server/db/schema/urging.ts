// Urging (đôn đốc): what each person is told in the app. Modules record "this person must be
// told this" in their own transaction (modules/notifications/service.ts#notify); nobody else
// writes these rows. Every e-mail goes through the one outbox below; only the sender talks SMTP.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

export const notificationKinds = [
  'assigned',
  'reminder',
  'overdue',
  'escalation',
  'urging',
  'explanation',
  'digest',
  'report_round',
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

/**
 * queued → sending → sent; a failed attempt → retrying (next attempt later, with backoff) or,
 * after the last attempt or a permanent refusal (5xx), failed. With no SMTP configured mail
 * stays queued; `sending` rows whose lease ran out (a server died mid-send) are taken again.
 */
export const mailStates = ['queued', 'sending', 'sent', 'retrying', 'failed'] as const;
export type MailState = (typeof mailStates)[number];

export interface MailAttachment {
  fileId: string;
  filename: string;
}

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the message is for, when it must exist only once ("reminder:<id>", "digest:…"). */
    key: text('key'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** A page of the app, appended as a full link (PUBLIC_URL) when the message is sent. */
    link: text('link'),
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
    state: text('state', { enum: mailStates }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** The SMTP server's last answer (accepted message, or the refusal). */
    lastResponse: text('last_response'),
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mail_outbox_key').on(t.key),
    index('mail_outbox_pending').on(t.createdAt).where(sql`${t.state} in ('queued', 'retrying', 'sending')`),
    index('mail_outbox_created').on(t.createdAt),
  ],
);

/** An urging letter (công văn đôn đốc) sent for a task: the letter, its new deadline, its units. */
export const urgings = pgTable(
  'urgings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id').notNull(),
    newDueOn: text('new_due_on').notNull(),
    /** The .docx as sent (files table), attached to the e-mails. */
    fileId: uuid('file_id'),
    complied: integer('complied').notNull(),
    total: integer('total').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('urgings_task').on(t.taskId, t.createdAt)],
);

/** Each assignment a letter named: the urge count and the last urged date come from here. */
export const urgingTargets = pgTable(
  'urging_targets',
  {
    urgingId: uuid('urging_id')
      .notNull()
      .references(() => urgings.id, { onDelete: 'cascade' }),
    assignmentId: uuid('assignment_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    urgedOn: text('urged_on').notNull(),
  },
  (t) => [
    uniqueIndex('urging_targets_key').on(t.urgingId, t.assignmentId),
    index('urging_targets_assignment').on(t.assignmentId),
  ],
);
