import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { units } from '../../db/schema/units.js';
import { loginLimits, sessions, trustedDevices, users } from '../../db/schema/users.js';
import { forgetLocally } from '../../lib/session-cache.js';

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

export interface LimitKey {
  key: string;
  /** Attempts allowed in a window before the key refuses (hard) or slows (slowing). */
  free: number;
  /** After `free`, one attempt per growing delay instead of none until the window ends. */
  slowing: boolean;
}

/**
 * Reserves one attempt on every key in one statement: a key's row is locked by the upsert, so
 * concurrent attempts each see the count the previous one left. A key past its limit is not
 * changed and not returned. A hard key's window is fixed; a slowing key's starts again after a
 * quiet window, and after `free` it allows one attempt per 2^(fails-free) s (at most `maxDelayS`).
 */
export async function reserveAttempts(
  db: Db,
  keys: LimitKey[],
  now: Date,
  windowMs: number,
  maxDelayS: number,
): Promise<Set<string>> {
  const since = new Date(now.getTime() - windowMs).toISOString();
  const at = now.toISOString();
  const values = sql.join(
    keys.map(
      (k) =>
        sql`(${k.key}, ${at}::timestamptz, 1, ${at}::timestamptz, ${k.free}::int, ${k.slowing}::boolean)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    with wanted (key, window_start, fails, last_at, free, slowing) as (values ${values})
    insert into login_limits (key, window_start, fails, last_at)
    select key, window_start, fails, last_at from wanted
    on conflict (key) do update set
      fails = case when (select w.slowing from wanted w where w.key = excluded.key)
                  then case when login_limits.last_at <= ${since}::timestamptz then 1 else login_limits.fails + 1 end
                  else case when login_limits.window_start <= ${since}::timestamptz then 1 else login_limits.fails + 1 end
                end,
      window_start = case when (case when (select w.slowing from wanted w where w.key = excluded.key)
                                     then login_limits.last_at else login_limits.window_start end) <= ${since}::timestamptz
                          then excluded.window_start else login_limits.window_start end,
      last_at = excluded.last_at
    where exists (
      select 1 from wanted w where w.key = excluded.key and (
        (case when w.slowing then login_limits.last_at else login_limits.window_start end) <= ${since}::timestamptz
        or login_limits.fails < w.free
        or (w.slowing and login_limits.last_at
              <= ${at}::timestamptz - least(${maxDelayS}::int, power(2, login_limits.fails - w.free)) * interval '1 second')
      )
    )
    returning key`);
  return new Set(rowsOf<{ key: string }>(result).map((r) => r.key));
}

/** Gives back reserved attempts (a success, or a key refused beside them). */
export async function releaseAttempts(db: Db, keys: string[]) {
  if (keys.length)
    await db
      .update(loginLimits)
      .set({ fails: sql`greatest(${loginLimits.fails} - 1, 0)` })
      .where(inArray(loginLimits.key, keys));
}

/** Counters quiet for longer than `olderThan` have nothing left to limit. */
export async function pruneAttempts(db: Db, olderThan: Date) {
  await db.delete(loginLimits).where(lt(loginLimits.lastAt, olderThan));
}

export async function clearAttempts(db: Db, keys: string[]) {
  if (keys.length) await db.delete(loginLimits).where(inArray(loginLimits.key, keys));
}

/** Seconds until each refused key allows an attempt again. */
export async function retryAfterSeconds(
  db: Db,
  keys: LimitKey[],
  now: Date,
  windowMs: number,
  maxDelayS: number,
): Promise<number> {
  const rows = await db
    .select()
    .from(loginLimits)
    .where(
      inArray(
        loginLimits.key,
        keys.map((k) => k.key),
      ),
    );
  let wait = 1;
  for (const row of rows) {
    const k = keys.find((x) => x.key === row.key)!;
    const until = k.slowing
      ? Math.min(
          row.lastAt.getTime() + Math.min(maxDelayS, 2 ** Math.max(0, row.fails - k.free)) * 1000,
          row.lastAt.getTime() + windowMs,
        )
      : row.windowStart.getTime() + windowMs;
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
  }
  return wait;
}

export async function findTrustedDevice(db: Db, tokenHash: string, userId: string) {
  const [row] = await db
    .select({ tokenHash: trustedDevices.tokenHash })
    .from(trustedDevices)
    .where(and(eq(trustedDevices.tokenHash, tokenHash), eq(trustedDevices.userId, userId)));
  return row;
}

export async function insertTrustedDevice(db: Db, tokenHash: string, userId: string) {
  await db.insert(trustedDevices).values({ tokenHash, userId }).onConflictDoNothing();
}

export async function deleteSession(db: Db, tokenHash: string) {
  forgetLocally({ tokenHash });
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessions(db: Db, userId: string) {
  forgetLocally({ userId });
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
}
