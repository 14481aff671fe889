// SQL of in-app notifications: a person's list and unread count, marking read, inserting many.
import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema/urging.js';
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
