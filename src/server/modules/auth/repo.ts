import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { units } from '../../db/schema/units.js';
import { loginAttempts, sessions, users } from '../../db/schema/users.js';

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserWithUnit(db: Db, id: string) {
  const [row] = await db
    .select({ user: users, unit: units })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row;
}

export async function failedAttemptsSince(db: Db, since: Date, by: { username?: string; ip?: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
        by.username ? eq(loginAttempts.username, by.username) : undefined,
        by.ip ? eq(loginAttempts.ip, by.ip) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export async function recordAttempt(db: Db, username: string, ip: string, success: boolean, at: Date) {
  await db.insert(loginAttempts).values({ username, ip, success, at });
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessions(db: Db, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
}
