// SQL of in-app notifications: a person's list and unread count, marking read, inserting many.
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { mailOutbox, notifications } from '../../db/schema/urging.js';
import { users } from '../../db/schema/users.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export async function listForUser(
  db: Db,
  userId: string,
  q: { unread?: boolean; page: number; pageSize: number },
) {
  const where: SQL | undefined = and(
    eq(notifications.userId, userId),
    q.unread ? isNull(notifications.readAt) : undefined,
  );
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function unreadCount(db: Db, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the person's notifications read (the given ones, or all); returns how many changed. */
export async function markRead(db: Db, userId: string, ids: string[] | 'all', at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, ids),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function insertMany(db: Db, rows: NewNotification[]) {
  if (!rows.length) return [];
  return db.insert(notifications).values(rows).returning();
}

const recipientFields = {
  id: users.id,
  unitId: users.unitId,
  role: users.role,
  email: users.email,
  emailPref: users.emailPref,
  fullName: users.fullName,
};
export interface Recipient {
  id: string;
  unitId: string | null;
  role: string;
  email: string | null;
  emailPref: string;
  fullName: string;
}

/** The active members (officers and heads) of the given units. */
export async function unitMembers(db: Db, unitIds: string[]): Promise<Recipient[]> {
  if (!unitIds.length) return [];
  return db
    .select(recipientFields)
    .from(users)
    .where(
      and(inArray(users.unitId, unitIds), eq(users.active, true), inArray(users.role, ['officer', 'head'])),
    );
}

/** These people, if their account is active. */
export async function recipients(db: Db, userIds: string[]): Promise<Recipient[]> {
  if (!userIds.length) return [];
  return db
    .select(recipientFields)
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true)));
}

/** One notice for the active people of one unit who hold one of `roles`. */
export interface UnitRoleNotice {
  unitId: string;
  roles: string[];
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** The e-mail's key is `key:userId` (a second queueing of it is skipped). */
  key: string | null;
}

/**
 * Set-based `notify` for many units at once: one statement inserts every person's notification
 * and queues the e-mail of those who chose each message (subject and text as `notify` writes
 * them), whatever the number of units. Returns how many notifications and e-mails were written.
 */
export async function insertForUnitRoles(db: Db, notices: UnitRoleNotice[]) {
  if (!notices.length) return { notices: 0, mails: 0 };
  const json = JSON.stringify(
    notices.map((n) => ({
      unit_id: n.unitId,
      roles: n.roles,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      subject_type: n.subjectType,
      subject_id: n.subjectId,
      key: n.key,
    })),
  );
  const res = await db.execute(sql`
    with n as (
      select * from jsonb_to_recordset(${json}::jsonb) as x(unit_id uuid, roles text[], kind text,
        title text, body text, link text, subject_type text, subject_id uuid, key text)
    ), p as (
      select n.*, u.id as user_id, u.email, u.email_pref, u.full_name
      from n join ${users} u on u.unit_id = n.unit_id and u.active and u.role = any(n.roles)
    ), ins as (
      insert into ${notifications} (user_id, kind, title, body, link, subject_type, subject_id)
      select user_id, kind, title, body, link, subject_type, subject_id from p
      returning 1
    ), mail as (
      insert into ${mailOutbox} (key, user_id, to_address, subject, text, link)
      select case when key is null then null else key || ':' || user_id end, user_id, email, title,
        rtrim('Kính gửi ' || full_name || E',\n\n' || title || E'\n' || body, E' \n\t\r'), link
      from p where email is not null and email_pref = 'each'
      on conflict do nothing
      returning 1
    )
    select (select count(*)::int from ins) as notices, (select count(*)::int from mail) as mails`);
  const [row] = rowsOf<{ notices: number; mails: number }>(res);
  return { notices: Number(row?.notices ?? 0), mails: Number(row?.mails ?? 0) };
}
