// People, their sessions and sign-in attempts. Sessions live in the database so that any
// app server behind the load balancer can serve any request.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './units.js';

export const roles = ['admin', 'focal', 'leader', 'officer', 'head'] as const;
export type Role = (typeof roles)[number];

/** What a person receives by e-mail: each reminder, one daily digest (07:30), or nothing. */
export const emailPrefs = ['each', 'digest', 'none'] as const;
export type EmailPref = (typeof emailPrefs)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    emailPref: text('email_pref', { enum: emailPrefs }).notNull().default('each'),
    role: text('role', { enum: roles }).notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    active: boolean('active').notNull().default(true),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('users_unit').on(t.unitId),
    index('users_search_trgm').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table does not leak usable sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Sign-in and password-change limits: one counter per key, reserved atomically (one upsert)
 * before a password is checked, so a burst cannot try more than the limit. Keys:
 * `addr:<ip>` (failures from one address), `acct:<username>` (strangers: browsers that never
 * signed in to the account), `dev:<token hash>` (a browser that did), `pw:<user id>`
 * (wrong current passwords on a password change).
 */
export const loginLimits = pgTable(
  'login_limits',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    fails: integer('fails').notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_limits_last_at').on(t.lastAt)],
);

/**
 * Browsers that signed in to an account (the `doingoai_dev` cookie, its sha256 here): their
 * attempts are counted apart, so a stranger's failures slow strangers, never the owner.
 */
export const trustedDevices = pgTable(
  'trusted_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trusted_devices_user').on(t.userId)],
);
